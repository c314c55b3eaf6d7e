namespace Bitrix24.Generator.Model;

/// <summary>How a type is reached: from results (its result class is generated), from params (its Input class), or both.</summary>
internal sealed record Reach(string? Root, string Id, bool Result, bool Input);
