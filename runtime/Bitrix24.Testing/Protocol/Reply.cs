namespace Bitrix24.Testing.Protocol;

/// <summary>An answer about to be sent, with the fault (if any) that spoils its delivery.</summary>
/// <param name="Status">HTTP status.</param>
/// <param name="ContentType">Content type.</param>
/// <param name="Body">Body bytes.</param>
/// <param name="Replayed">Whether it is a stored REST 3.0 answer replayed for an <c>Idempotency-Key</c>.</param>
/// <param name="Fault">A fault applied while delivering it (truncated, slow, connection aborted).</param>
internal sealed record Reply(int Status, string ContentType, byte[] Body, bool Replayed = false, FakeFault? Fault = null)
{
    /// <summary>200 with a JSON body.</summary>
    public static Reply Json(byte[] body) => new(200, Envelope.JsonContentType, body);

    /// <summary>The error's status with its envelope in the REST 2 or REST 3.0 shape.</summary>
    public static Reply Error(RestError error, int restVersion) => new(error.Status, Envelope.JsonContentType, Envelope.Error(error, restVersion));
}
