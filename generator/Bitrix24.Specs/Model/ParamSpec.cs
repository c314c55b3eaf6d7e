namespace Bitrix24.Specs.Model;

/// <summary>A method parameter, or a field of an object parameter or result (same shape, any depth).</summary>
/// <param name="Name">Wire name exactly as documented.</param>
/// <param name="Type">The docs' type token, for example <c>integer</c>, <c>object</c>, <c>string[]</c>.</param>
/// <param name="Required">The docs' <c>*</c> marker.</param>
/// <param name="Description">Documentation text.</param>
/// <param name="Example">An example value, as written in the docs.</param>
/// <param name="Values">Documented allowed values.</param>
/// <param name="Fields">Fields of an object.</param>
/// <param name="Items">Fields of each element of an array of objects.</param>
/// <param name="Position">Where the parameter starts in its file.</param>
/// <param name="Ref">The id of the named type (a type file's <c>object</c>) that describes the value, or of each element or map value.</param>
/// <param name="Map">For a name → value map, the type token of each value (<c>string</c>, <c>object</c>, ...).</param>
/// <param name="RefPosition">Where the value of <c>ref</c> is in its file.</param>
public sealed record ParamSpec(
    string Name,
    string Type,
    bool Required,
    string? Description,
    string? Example,
    EquatableArray<EnumValueSpec> Values,
    EquatableArray<ParamSpec> Fields,
    EquatableArray<ParamSpec> Items,
    SpecPosition Position,
    string? Ref = null,
    string? Map = null,
    SpecPosition RefPosition = default);
