using Bitrix24.Specs.Model;

namespace Bitrix24.Generator.Model;

/// <summary>The typed <c>result</c> of a method.</summary>
/// <param name="Kind">Value kind; <see cref="ValueKind.Raw"/> when undocumented.</param>
/// <param name="Element">Element kind, for arrays.</param>
/// <param name="Type">The generated object type (or element type of an array of objects).</param>
/// <param name="Description">XML doc text.</param>
internal sealed record ResultModel(ValueKind Kind, ValueKind Element, TypeModel? Type, string? Description);
