using System;
using System.Net.Http;

namespace Bitrix24.Client.Transport;

/// <summary>
/// The primary handler the client's HttpClient should use. HttpClient's own tracing puts the full URL
/// (<c>url.full</c>) on its activities, and a webhook URL's path holds the secret; this handler creates no such
/// activities (no trace header propagator, which is what makes SocketsHttpHandler skip them) and the client traces each
/// call itself with the method and host only.
/// </summary>
public static class Bitrix24HttpHandler
{
    /// <summary>Creates the handler: connections recycled every 5 minutes (DNS changes), gzip/deflate accepted, no URL-bearing activities, redirects never followed.</summary>
    public static HttpMessageHandler Create()
    {
#if NET
        return new SocketsHttpHandler
        {
            ActivityHeadersPropagator = null,
            AllowAutoRedirect = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            AutomaticDecompression = System.Net.DecompressionMethods.GZip | System.Net.DecompressionMethods.Deflate,
        };
#else
        return new HttpClientHandler { AllowAutoRedirect = false, AutomaticDecompression = System.Net.DecompressionMethods.GZip | System.Net.DecompressionMethods.Deflate };
#endif
    }
}
