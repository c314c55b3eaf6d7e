namespace Bitrix24.Testing;

/// <summary>A call the fake portal received.</summary>
/// <param name="Method">The method name as called.</param>
/// <param name="RestVersion">2, or 3 for <c>/rest/api/</c>.</param>
/// <param name="UserId">The webhook's user (the acting user, 1, for an OAuth call with a valid token).</param>
/// <param name="Body">The request body as sent (JSON, an url-encoded or a multipart form), empty for a GET.</param>
/// <param name="Status">The HTTP status of the answer; 0 when the connection was aborted instead.</param>
/// <param name="IdempotencyKey">The request's <c>Idempotency-Key</c> header, if any.</param>
/// <param name="Fault">The fault injected into this request, if any.</param>
public sealed record RecordedCall(string Method, int RestVersion, string UserId, string Body, int Status, string? IdempotencyKey = null, FakeFault? Fault = null)
{
    /// <summary>The query string as sent, without the <c>?</c>; empty when there was none.</summary>
    public string Query { get; init; } = string.Empty;
}
