using System;
using System.Net.Http;

namespace Bitrix24.Client.Http;

/// <summary>
/// The primary handler the client's HttpClient should use. HttpClient's own tracing puts the full URL
/// (<c>url.full</c>) on its activities, and a webhook URL's path holds the secret; this handler creates no such
/// activities (no trace header propagator, which is what makes SocketsHttpHandler skip them) and the client traces each
/// call itself with the method and host only. It never follows redirects: a followed 307/308 would send the request
/// body (with its <c>auth</c> token) to another host, a followed 301/302 would return another host's answer as the
/// call's result; the client turns a redirect into a <see cref="Errors.Bitrix24RedirectException"/>. An HttpClient
/// of your own given to the client must not follow redirects either (<c>AllowAutoRedirect = false</c>): the client
/// refuses an answer that came through a followed redirect, but by then the request has been sent there.
/// </summary>
public static class Bitrix24HttpHandler
{
    /// <summary>Creates the handler: connections recycled every 5 minutes (DNS changes), gzip/deflate accepted, no redirects followed, no URL-bearing activities.</summary>
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
        return new HttpClientHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = System.Net.DecompressionMethods.GZip | System.Net.DecompressionMethods.Deflate,
        };
#endif
    }
}
