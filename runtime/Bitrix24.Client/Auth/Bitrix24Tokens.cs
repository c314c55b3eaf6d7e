using System;

namespace Bitrix24.Client.Auth;

/// <summary>An OAuth 2.0 token pair. <see cref="ToString"/> never shows the tokens.</summary>
/// <param name="AccessToken">Sent as <c>auth</c> with every call; lives one hour.</param>
/// <param name="RefreshToken">Exchanged for a new pair; rotates on every refresh, so persist the new one.</param>
/// <param name="ExpiresAt">When the access token expires, if known.</param>
public sealed record Bitrix24Tokens(string AccessToken, string RefreshToken, DateTimeOffset? ExpiresAt = null)
{
    /// <inheritdoc />
    public override string ToString() => $"Bitrix24Tokens(access: ***, refresh: ***, expires: {ExpiresAt?.ToString("u") ?? "unknown"})";
}
