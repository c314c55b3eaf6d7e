using System.Collections.Generic;

namespace Bitrix24.Testing.Handling;

/// <summary>An HTTP request to <c>/rest/</c> as the portal reads it.</summary>
/// <param name="Path">The path after <c>/rest/</c> (and after <c>api/</c> for REST 3.0): user, secret, method for a webhook; the method alone for OAuth.</param>
/// <param name="Method">The method's name as called, without a <c>.json</c> suffix.</param>
/// <param name="RestVersion">2, or 3 for <c>/rest/api/</c>.</param>
/// <param name="Body">The request body as sent.</param>
/// <param name="IdempotencyKey">The REST 3.0 <c>Idempotency-Key</c> header, if sent.</param>
/// <param name="QueryAuth">The <c>auth</c> query parameter, or empty.</param>
/// <param name="Query">The query string as sent, without the <c>?</c>.</param>
/// <param name="Form">
/// A form body's fields as a query string (an <c>application/x-www-form-urlencoded</c> body as sent, the text fields
/// of a <c>multipart/form-data</c> one encoded alike); null when the body is not a form.
/// </param>
internal sealed record RestRequest(IReadOnlyList<string> Path, string Method, int RestVersion, string Body, string? IdempotencyKey, string QueryAuth, string Query, string? Form)
{
    /// <summary>Whose limits and idempotency keys the call shares: its webhook's user, or the OAuth application.</summary>
    public string Scope => Path.Count == 3 ? "webhook:" + Path[0] : "app";

    /// <summary>The webhook's user as written in the path; empty for an OAuth call.</summary>
    public string WebhookUser => Path.Count == 3 ? Path[0] : string.Empty;
}
