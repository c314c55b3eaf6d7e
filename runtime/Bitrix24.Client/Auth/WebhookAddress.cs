using System;

namespace Bitrix24.Client.Auth;

/// <summary>
/// A parsed incoming-webhook URL, <c>https://portal/rest/&lt;user&gt;/&lt;secret&gt;/</c>. The secret is part of the path,
/// so <see cref="ToString"/> and <see cref="Redacted"/> show <c>***</c> instead; only <see cref="MethodUri"/> holds it.
/// </summary>
public sealed class WebhookAddress
{
    private const string Mask = "***";

    // Shorter "secrets" would mask unrelated text; real webhook secrets are 16 characters or more.
    private const int MinimumSecretLength = 4;

    // Nothing in a webhook URL is escaped, queried or a fragment; a backslash is a slash to some parsers.
    private static readonly char[] NotInPath = ['?', '#', '%', '\\'];
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
    /// Parses a webhook URL, <c>https://&lt;portal&gt;/rest/&lt;user&gt;/&lt;secret&gt;/</c> (a path prefix before
    /// <c>rest</c> is allowed for portals under a folder): the user a number, the secret letters, digits, <c>_</c> or
    /// <c>-</c>. HTTPS only; plain HTTP is accepted for loopback addresses (a local fake portal). A user name or
    /// password, a query, a fragment, percent-escapes, backslashes and <c>.</c>/<c>..</c> segments are refused: none
    /// belongs in a webhook URL, and each would change where calls go or be shown where the secret is hidden.
    /// </summary>
    /// <exception cref="ArgumentException">The URL is not a webhook URL, or is HTTP to a non-loopback host. The message never contains the URL or the secret.</exception>
    public static WebhookAddress Parse(string webhookUrl)
    {
        if (webhookUrl is null)
        {
            throw new ArgumentNullException(nameof(webhookUrl));
        }

        var text = webhookUrl.Trim();
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException("The webhook URL must be an absolute https:// URL of the form https://<portal>/rest/<user>/<secret>/.", nameof(webhookUrl));
        }

        if (uri.UserInfo.Length > 0 || text.IndexOf('@') >= 0)
        {
            throw new ArgumentException($"The webhook URL for {uri.Host} must not carry a user name or password (user:password@); the secret belongs in the path, https://<portal>/rest/<user>/<secret>/.", nameof(webhookUrl));
        }

        if (uri.Scheme == Uri.UriSchemeHttp && !HttpsRules.Allowed(uri))
        {
            throw new ArgumentException($"Bitrix24 accepts calls over HTTPS only; http:// is allowed for loopback addresses alone, not for {uri.Host}.", nameof(webhookUrl));
        }

        // The path as written, not as Uri normalized it: "..", "%2e" or "\" must not steer calls to another path.
        var pathStart = text.IndexOf('/', text.IndexOf("://", StringComparison.Ordinal) + 3);
        var segments = pathStart < 0 || text.IndexOfAny(NotInPath) >= 0 ? [] : text.Substring(pathStart + 1).Split('/');
        var count = segments.Length > 0 && segments[segments.Length - 1].Length == 0 ? segments.Length - 1 : segments.Length;
        if (count < 3
            || segments[count - 3] != "rest"
            || !IsUserId(segments[count - 2])
            || !IsSecret(segments[count - 1])
            || !AllPrefixSegments(segments, count - 3))
        {
            throw new ArgumentException($"The webhook URL for {uri.Host} must look like https://<portal>/rest/<user>/<secret>/: a numeric user, a secret of letters and digits, no query, fragment, escapes or dot segments.", nameof(webhookUrl));
        }

        var prefix = string.Join("/", segments, 0, count - 3);
        var portal = new Uri($"{uri.GetLeftPart(UriPartial.Authority)}/{(prefix.Length == 0 ? string.Empty : prefix + "/")}");
        return new WebhookAddress(portal, segments[count - 2], segments[count - 1]);
    }

    /// <summary>The URL to POST a method to: <c>/rest/&lt;user&gt;/&lt;secret&gt;/&lt;method&gt;</c>, or <c>/rest/api/...</c> for REST 3.0.</summary>
    public Uri MethodUri(string method, int restVersion)
        => new(Portal, $"rest/{(restVersion == 3 ? "api/" : string.Empty)}{UserId}/{_secret}/{method}");

    /// <summary>Removes the secret from any text that might carry it (a URL in an inner exception's message).</summary>
    public string Redact(string text) => _secret.Length < MinimumSecretLength ? text : text.Replace(_secret, Mask);

    /// <inheritdoc />
    public override string ToString() => Redacted;

    private static bool IsUserId(string segment) => segment.Length is > 0 and <= 18 && All(segment, static c => c is >= '0' and <= '9');

    private static bool IsSecret(string segment) => segment.Length > 0 && All(segment, static c => IsPlain(c) && c != '.');

    private static bool AllPrefixSegments(string[] segments, int count)
    {
        for (var i = 0; i < count; i++)
        {
            if (segments[i].Length == 0 || segments[i] == "." || segments[i] == ".." || !All(segments[i], IsPlain))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsPlain(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '_' or '-' or '.';

    private static bool All(string text, Func<char, bool> accepts)
    {
        foreach (var c in text)
        {
            if (!accepts(c))
            {
                return false;
            }
        }

        return true;
    }
}
