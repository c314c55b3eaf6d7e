namespace Bitrix24.Testing.Limits;

/// <summary>A method's operating time over the live baskets and the Unix time when the oldest of them expires.</summary>
internal readonly record struct OperatingUsage(double Seconds, long ResetAt);
