namespace Bitrix24.Specs.Model;

/// <summary>The documented shape of a method's <c>result</c>.</summary>
/// <param name="Type">Type token: a scalar, <c>object</c> or an array such as <c>object[]</c>.</param>
/// <param name="Description">Documentation text.</param>
/// <param name="Fields">Fields when the result is an object.</param>
/// <param name="Items">Fields of each element when the result is an array of objects.</param>
/// <param name="Ref">The id of the named type that describes the result, or each element or map value of it.</param>
/// <param name="Map">For a name → value map, the type token of each value.</param>
/// <param name="RefPosition">Where the value of <c>ref</c> is in its file.</param>
public sealed record ResultSpec(
    string Type,
    string? Description,
    EquatableArray<ParamSpec> Fields,
    EquatableArray<ParamSpec> Items,
    string? Ref = null,
    string? Map = null,
    SpecPosition RefPosition = default);
