using Bitrix24.Specs.Model;

namespace Bitrix24.Generator.Model;

/// <summary>One member of a generated request or result type.</summary>
/// <param name="Name">C# name.</param>
/// <param name="WireName">JSON name, exactly as documented.</param>
/// <param name="Kind">Value kind.</param>
/// <param name="Element">Element kind, for arrays and maps.</param>
/// <param name="NestedType">Name of the generated nested type, for objects, arrays and maps of objects with fields; for a <paramref name="Ref"/>, the <c>global::</c>-qualified class once the ref resolves (null until then, and when it does not: the value stays raw).</param>
/// <param name="Required">A <c>required</c> member (requests only).</param>
/// <param name="Description">XML doc text.</param>
/// <param name="Example">Documented example.</param>
/// <param name="TypeToken">The documented type token, for the docs.</param>
/// <param name="ConstantsType">Name of the nested class of allowed-value constants, if any.</param>
/// <param name="Constants">Allowed values.</param>
/// <param name="Ref">The id of the named type of the value (each element, each map value), if any.</param>
internal sealed record PropertyModel(
    string Name,
    string WireName,
    ValueKind Kind,
    ValueKind Element,
    string? NestedType,
    bool Required,
    string? Description,
    string? Example,
    string TypeToken,
    string? ConstantsType,
    EquatableArray<ConstantModel> Constants,
    string? Ref = null);
