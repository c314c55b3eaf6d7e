using System;
using System.Net;

namespace Bitrix24.Client.Auth;

/// <summary>Bitrix24 takes calls over HTTPS only; plain HTTP is allowed for loopback addresses alone (a local fake portal).</summary>
internal static class HttpsRules
{
    public static bool Allowed(Uri uri)
        => uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && IsLoopback(uri));

    private static bool IsLoopback(Uri uri)
        => uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
