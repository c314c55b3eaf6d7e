using System;

namespace Bitrix24.Client.Transport;

/// <summary>
/// A parsed incoming-webhook URL, <c>https://portal/rest/&lt;user&gt;/&lt;secret&gt;/</c>. The secret is part of the path,
/// so <see cref="ToString"/> and <see cref="Redacted"/> show <c>***</c> instead; only <see cref="MethodUri"/> holds it.
/// </summary>
public sealed class WebhookAddress
{
    private const string Mask = "***";

    // Shorter "secrets" would mask unrelated text; real webhook secrets are 16 characters or more.
    private const int MinimumSecretLength = 4;
    private readonly string _secret;

    private WebhookAddress(Uri portal, string userId, string secret)
    {
        Portal = portal;
        UserId = userId;
        _secret = secret;
    }

    /// <summary>The portal's origin, for example <c>https://example.bitrix24.com/</c>.</summary>
    public Uri Portal { get; }

    /// <summary>The user the webhook acts as.</summary>
    public string UserId { get; }

    /// <summary>The webhook URL with the secret masked, safe for logs.</summary>
    public string Redacted => $"{Portal.GetLeftPart(UriPartial.Authority)}/rest/{UserId}/{Mask}/";

    /// <summary>
    /// Parses a webhook URL. HTTPS only; plain HTTP is accepted for loopback addresses (a local fake portal).
    /// </summary>
    /// <exception cref="ArgumentException">The URL is not a webhook URL, or is HTTP to a non-loopback host. The message never contains the secret.</exception>
    public static WebhookAddress Parse(string webhookUrl)
    {
        if (webhookUrl is null)
        {
            throw new ArgumentNullException(nameof(webhookUrl));
        }

        if (!Uri.TryCreate(webhookUrl.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException("The webhook URL must be an absolute https:// URL of the form https://<portal>/rest/<user>/<secret>/.", nameof(webhookUrl));
        }

        if (uri.Scheme == Uri.UriSchemeHttp && !HttpsRules.Allowed(uri))
        {
            throw new ArgumentException($"Bitrix24 accepts calls over HTTPS only; http:// is allowed for loopback addresses alone, not for {uri.Host}.", nameof(webhookUrl));
        }

        var segments = uri.AbsolutePath.Trim('/').Split('/');
        var rest = Array.IndexOf(segments, "rest");
        if (rest < 0 || segments.Length < rest + 3 || segments[rest + 1].Length == 0 || segments[rest + 2].Length == 0 || segments.Length > rest + 3)
        {
            throw new ArgumentException($"The webhook URL for {uri.Host} must look like https://<portal>/rest/<user>/<secret>/.", nameof(webhookUrl));
        }

        var prefix = string.Join("/", segments, 0, rest);
        var portal = new Uri($"{uri.GetLeftPart(UriPartial.Authority)}/{(prefix.Length == 0 ? string.Empty : prefix + "/")}");
        return new WebhookAddress(portal, segments[rest + 1], segments[rest + 2]);
    }

    /// <summary>The URL to POST a method to: <c>/rest/&lt;user&gt;/&lt;secret&gt;/&lt;method&gt;</c>, or <c>/rest/api/...</c> for REST 3.0.</summary>
    public Uri MethodUri(string method, int restVersion)
        => new(Portal, $"rest/{(restVersion == 3 ? "api/" : string.Empty)}{UserId}/{_secret}/{method}");

    /// <summary>Removes the secret from any text that might carry it (a URL in an inner exception's message).</summary>
    public string Redact(string text) => _secret.Length < MinimumSecretLength ? text : text.Replace(_secret, Mask);

    /// <inheritdoc />
    public override string ToString() => Redacted;
}
