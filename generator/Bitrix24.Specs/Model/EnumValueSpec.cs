namespace Bitrix24.Specs.Model;

/// <summary>One documented allowed value of a parameter or field.</summary>
/// <param name="Value">The value exactly as it goes on the wire.</param>
/// <param name="Description">What the value means, if the docs say.</param>
public sealed record EnumValueSpec(string Value, string? Description);
