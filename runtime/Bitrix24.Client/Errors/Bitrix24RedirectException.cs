namespace Bitrix24.Client.Errors;

/// <summary>
/// The portal answered a call with a redirect (3xx). Redirects are never followed: a 307/308 would send the body (with
/// its <c>auth</c> token) to another host, a 301/302 would turn the POST into a GET and return another host's answer
/// as the call's result. Carries the status and the redirect's host only, never its path or query. Never retried.
/// </summary>
public sealed class Bitrix24RedirectException : Bitrix24Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="method">The REST method that was called.</param>
    /// <param name="statusCode">The redirect status, or 200 when an HttpClient that follows redirects already followed one.</param>
    /// <param name="locationHost">The host the redirect pointed to; empty when the answer named none.</param>
    /// <param name="followed">True when the HttpClient had already followed the redirect (it must not: see <see cref="Http.Bitrix24HttpHandler"/>).</param>
    public Bitrix24RedirectException(string method, int statusCode, string locationHost, bool followed)
        : base(new Bitrix24ErrorInfo(method, string.Empty, Describe(statusCode, locationHost, followed), statusCode, string.Empty))
    {
        LocationHost = locationHost;
        Followed = followed;
    }

    /// <summary>The host the redirect pointed to (no path, no query); empty when the answer named none.</summary>
    public string LocationHost { get; }

    /// <summary>
    /// True when the HttpClient the client was given followed the redirect before the client saw it: the request may
    /// have reached <see cref="LocationHost"/>. Give the client an HttpClient whose handler does not follow redirects.
    /// </summary>
    public bool Followed { get; }

    private static string Describe(int statusCode, string locationHost, bool followed)
    {
        var target = locationHost.Length == 0 ? "without a location" : $"to {locationHost}";
        return followed
            ? $"The HttpClient followed a redirect {target}; Bitrix24 calls must not be redirected (use an HttpClient whose handler has AllowAutoRedirect = false, such as Bitrix24HttpHandler.Create()). The answer was discarded."
            : $"The portal answered HTTP {statusCode}, a redirect {target}; redirects are never followed.";
    }
}
