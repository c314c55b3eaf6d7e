using System;

namespace Bitrix24.Client.Auth;

/// <summary>How a client calls a portal as an OAuth 2.0 application (a Marketplace or local application).</summary>
public sealed class Bitrix24OAuthOptions
{
    /// <summary>The documented authorization server's token endpoint.</summary>
    public const string DefaultTokenEndpoint = "https://oauth.bitrix.info/oauth/token/";

    /// <summary>The portal's address, <c>https://example.bitrix24.com/</c> (the <c>client_endpoint</c> without <c>rest/</c>).</summary>
    public string PortalUrl { get; set; } = string.Empty;

    /// <summary>The application's <c>client_id</c>.</summary>
    public string ClientId { get; set; } = string.Empty;

    /// <summary>The application's <c>client_secret</c>; sent only to the token endpoint, never to the portal.</summary>
    public string ClientSecret { get; set; } = string.Empty;

    /// <summary>Where tokens are refreshed; tests point it at a fake portal.</summary>
    public string TokenEndpoint { get; set; } = DefaultTokenEndpoint;

    /// <summary>Where token pairs are kept; an in-memory store when null.</summary>
    public IBitrix24TokenStore? TokenStore { get; set; }

    /// <summary>The first token pair, saved to the store when it holds none for the portal yet.</summary>
    public Bitrix24Tokens? InitialTokens { get; set; }

    /// <summary>
    /// The pause after a failed refresh before the token endpoint is asked again with the same refresh token (calls in
    /// between get the same failure), and after a failed save of a rotated pair before the store is tried again.
    /// It doubles with each further failure up to <see cref="MaxRetryDelay"/>; one second by default.
    /// </summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest pause between attempts after repeated failures; one minute by default.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    internal Backoff Backoff()
    {
        if (RetryDelay <= TimeSpan.Zero || MaxRetryDelay < RetryDelay)
        {
            throw new ArgumentException("The OAuth retry delay must be positive and no longer than the maximum retry delay.", nameof(RetryDelay));
        }

        return new Backoff(RetryDelay, MaxRetryDelay);
    }

    internal Uri ParsedTokenEndpoint()
    {
        if (!Uri.TryCreate(TokenEndpoint, UriKind.Absolute, out var uri) || !HttpsRules.Allowed(uri))
        {
            throw new ArgumentException("The OAuth token endpoint must be an absolute https:// URL (http:// only for loopback).", nameof(TokenEndpoint));
        }

        return uri;
    }
}
