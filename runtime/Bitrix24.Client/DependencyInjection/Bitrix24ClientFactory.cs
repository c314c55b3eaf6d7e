using System;
using System.Collections.Concurrent;
using System.Net.Http;
using Bitrix24.Client.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Bitrix24.Client.DependencyInjection;

/// <summary>
/// Creates clients: the named ones configured with <c>AddBitrix24</c> (one per name, kept for the process), and
/// clients for portals known only at run time (a multi-tenant application serving hundreds of portals). All of them
/// share the HTTP connection pool, and clients of the same portal share its rate limit.
/// </summary>
public sealed class Bitrix24ClientFactory : IDisposable
{
    private readonly Func<string, HttpClient> _httpClients;
    private readonly Func<string, Bitrix24ClientOptions>? _namedOptions;
    private readonly ILoggerFactory _loggers;
    private readonly ConcurrentDictionary<string, Lazy<Bitrix24Client>> _named = new(StringComparer.Ordinal);
    private readonly HttpClient? _ownedHttp;

    /// <summary>Creates a factory outside dependency injection: one HttpClient (with <see cref="Bitrix24HttpHandler"/>) for every client it makes.</summary>
    /// <param name="loggers">Loggers for the clients; none when null.</param>
    public Bitrix24ClientFactory(ILoggerFactory? loggers = null)
    {
        _ownedHttp = new HttpClient(Bitrix24HttpHandler.Create()) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        _httpClients = _ => _ownedHttp;
        _loggers = loggers ?? NullLoggerFactory.Instance;
    }

    internal Bitrix24ClientFactory(IHttpClientFactory httpClients, IOptionsMonitor<Bitrix24ClientOptions> options, ILoggerFactory? loggers)
    {
        _httpClients = httpClients.CreateClient;
        _namedOptions = options.Get;
        _loggers = loggers ?? NullLoggerFactory.Instance;
    }

    /// <summary>The client configured under <paramref name="name"/> with <c>AddBitrix24</c>; the same instance on every call.</summary>
    /// <exception cref="InvalidOperationException">The factory was not created by dependency injection.</exception>
    public Bitrix24Client GetClient(string name = Bitrix24ServiceCollectionExtensions.DefaultName)
    {
        if (_namedOptions is null)
        {
            throw new InvalidOperationException("Named clients come from AddBitrix24; use Create for portals known at run time.");
        }

        return _named.GetOrAdd(name, key => new Lazy<Bitrix24Client>(() => Create(_namedOptions(key), Bitrix24ServiceCollectionExtensions.HttpClientName(key)))).Value;
    }

    /// <summary>A client for a portal known only at run time (its webhook or OAuth settings and token store).</summary>
    public Bitrix24Client Create(Bitrix24ClientOptions options) => Create(options, Bitrix24ServiceCollectionExtensions.RunTimeHttpClientName);

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var client in _named.Values)
        {
            if (client.IsValueCreated)
            {
                client.Value.Dispose();
            }
        }

        _ownedHttp?.Dispose();
    }

    private Bitrix24Client Create(Bitrix24ClientOptions options, string httpClientName)
        => new(options, _httpClients(httpClientName), _loggers.CreateLogger<Bitrix24Client>());
}
