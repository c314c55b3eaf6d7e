using Bitrix24.Testing.Protocol;

namespace Bitrix24.Testing.Methods;

/// <summary>What one call of a method gave: its <c>result</c> JSON (with a list's <c>total</c> and <c>next</c>) or an error.</summary>
internal sealed record MethodOutcome(byte[]? Result, long? Total, long? Next, CallTime Time, RestError? Error);
