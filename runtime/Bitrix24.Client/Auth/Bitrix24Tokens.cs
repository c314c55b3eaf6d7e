using System;

namespace Bitrix24.Client.Auth;

/// <summary>
/// An OAuth 2.0 token pair and what the authorization server said about it. <see cref="ToString"/> never shows the
/// tokens.
/// </summary>
/// <param name="AccessToken">Sent as <c>auth</c> with every call; lives one hour.</param>
/// <param name="RefreshToken">Exchanged for a new pair; rotates on every refresh, so persist the new one.</param>
/// <param name="ExpiresAt">When the access token expires, if known.</param>
public sealed record Bitrix24Tokens(string AccessToken, string RefreshToken, DateTimeOffset? ExpiresAt = null)
{
    /// <summary>The portal's unique identifier (<c>member_id</c>); it stays the same when the portal's address changes.</summary>
    public string? MemberId { get; init; }

    /// <summary>
    /// The portal's REST address (<c>client_endpoint</c>, <c>https://example.bitrix24.com/rest/</c>). Calls go there
    /// when it is on the configured portal's scheme, host and port; an address elsewhere is never called.
    /// </summary>
    public string? ClientEndpoint { get; init; }

    /// <summary>The authorization server's REST address (<c>server_endpoint</c>).</summary>
    public string? ServerEndpoint { get; init; }

    /// <summary>The authorization server's domain (<c>domain</c> of the token answer, <c>oauth.bitrix.info</c>).</summary>
    public string? Domain { get; init; }

    /// <summary>The granted permissions, comma-separated (<c>scope</c>).</summary>
    public string? Scope { get; init; }

    /// <summary>The user the tokens were issued for (<c>user_id</c>).</summary>
    public long? UserId { get; init; }

    /// <summary>The application's status on the portal (<c>status</c>, as <c>STATUS</c> of <c>app.info</c>: <c>F</c> free, <c>D</c> demo, <c>T</c> trial, <c>P</c> paid, <c>L</c> local).</summary>
    public string? Status { get; init; }

    /// <inheritdoc />
    public override string ToString()
        => $"Bitrix24Tokens(access: ***, refresh: ***, expires: {ExpiresAt?.ToString("u") ?? "unknown"}, member: {MemberId ?? "unknown"}, endpoint: {ClientEndpoint ?? "unknown"})";
}
