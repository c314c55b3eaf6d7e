namespace Bitrix24.Generator.Model;

/// <summary>A documented allowed value, emitted as a named constant.</summary>
internal sealed record ConstantModel(string Name, string Value, string? Description);
