using System;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Bitrix24.Testing.Handling;

/// <summary>The Kestrel app the portal runs in: loopback, a free port, no logging, two routes.</summary>
internal sealed class PortalHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private PortalHost(WebApplication app) => _app = app;

    /// <summary>The address it listens on, <c>http://127.0.0.1:&lt;port&gt;/</c>; empty until started.</summary>
    public string BaseUrl { get; private set; } = string.Empty;

    public static PortalHost Create()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        return new PortalHost(builder.Build());
    }

    /// <summary>Maps the REST and OAuth token routes and starts listening.</summary>
    public async Task StartAsync(RequestDelegate rest, RequestDelegate oauthToken, CancellationToken cancellationToken)
    {
        _app.Map(RestEndpoint.Route, rest);
        _app.Map("/oauth/token/", oauthToken);
        await _app.StartAsync(cancellationToken).ConfigureAwait(false);
        BaseUrl = _app.Urls.First().TrimEnd('/') + "/";
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
