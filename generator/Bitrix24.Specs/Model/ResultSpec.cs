namespace Bitrix24.Specs.Model;

/// <summary>The documented shape of a method's <c>result</c>.</summary>
/// <param name="Type">Type token: a scalar, <c>object</c> or an array such as <c>object[]</c>.</param>
/// <param name="Description">Documentation text.</param>
/// <param name="Fields">Fields when the result is an object.</param>
/// <param name="Items">Fields of each element when the result is an array of objects.</param>
public sealed record ResultSpec(
    string Type,
    string? Description,
    EquatableArray<ParamSpec> Fields,
    EquatableArray<ParamSpec> Items);
