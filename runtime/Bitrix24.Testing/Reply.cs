namespace Bitrix24.Testing;

/// <summary>An answer about to be sent, with the fault (if any) that spoils its delivery.</summary>
/// <param name="Status">HTTP status.</param>
/// <param name="ContentType">Content type.</param>
/// <param name="Body">Body bytes.</param>
/// <param name="Replayed">Whether it is a stored REST 3.0 answer replayed for an <c>Idempotency-Key</c>.</param>
/// <param name="Fault">A fault applied while delivering it (truncated, slow, connection aborted).</param>
internal sealed record Reply(int Status, string ContentType, byte[] Body, bool Replayed = false, FakeFault? Fault = null);
