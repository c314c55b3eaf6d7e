using System;

namespace Bitrix24.Client.Auth;

/// <summary>
/// Decides where an OAuth application's calls go. The token answer's <c>client_endpoint</c> is used when it lies on
/// the configured portal — the same scheme, host and port, absolute, without user info, query or fragment — and
/// only its path is taken from it. An address on another host is never called: whoever answers at the token
/// endpoint (a misconfigured or hostile one) could otherwise send every call, with its data and the access token,
/// wherever it liked. A portal that moved to a new address is configured anew.
/// </summary>
internal static class ClientEndpoint
{
    /// <summary>The REST base for <paramref name="clientEndpoint"/>, or null when it is not on <paramref name="portal"/>.</summary>
    public static Uri? OnPortal(Uri portal, string clientEndpoint)
    {
        if (!Uri.TryCreate(clientEndpoint, UriKind.Absolute, out var endpoint)
            || !HttpsRules.Allowed(endpoint)
            || endpoint.UserInfo.Length > 0
            || endpoint.Query.Length > 0
            || endpoint.Fragment.Length > 0
            || Uri.Compare(endpoint, portal, UriComponents.SchemeAndServer, UriFormat.UriEscaped, StringComparison.OrdinalIgnoreCase) != 0)
        {
            return null;
        }

        var path = endpoint.AbsolutePath.EndsWith("/", StringComparison.Ordinal) ? endpoint.AbsolutePath : endpoint.AbsolutePath + "/";
        return new Uri(portal, path);
    }
}
