using Bitrix24.Specs.Model;

namespace Bitrix24.Generator.Model;

/// <summary>The typed <c>result</c> of a method.</summary>
/// <param name="Kind">Value kind; <see cref="ValueKind.Raw"/> when undocumented.</param>
/// <param name="Element">Element kind, for arrays and maps.</param>
/// <param name="Type">The generated object type (or element type of an array or map of objects).</param>
/// <param name="Description">XML doc text.</param>
/// <param name="Ref">The id of the named type of the result (each element, each map value), if any.</param>
/// <param name="RefType">The <c>global::</c>-qualified class of <paramref name="Ref"/> once it resolves (null until then, and when it does not: raw).</param>
internal sealed record ResultModel(ValueKind Kind, ValueKind Element, TypeModel? Type, string? Description, string? Ref = null, string? RefType = null);
