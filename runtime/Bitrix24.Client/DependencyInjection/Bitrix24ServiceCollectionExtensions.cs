using System;
using Bitrix24.Client;
using Bitrix24.Client.DependencyInjection;
using Bitrix24.Client.Http;
using Bitrix24.Client.Transport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Bitrix24 clients over IHttpClientFactory.</summary>
public static class Bitrix24ServiceCollectionExtensions
{
    /// <summary>The name of the client <see cref="AddBitrix24(IServiceCollection, Action{Bitrix24ClientOptions})"/> registers.</summary>
    public const string DefaultName = "Bitrix24";

    /// <summary>
    /// Registers the default client: <see cref="Bitrix24Client"/> and <see cref="IBitrix24Transport"/> resolve to it,
    /// and <see cref="Bitrix24ClientFactory"/> creates clients for more portals at run time.
    /// </summary>
    /// <returns>The builder of the underlying named HttpClient, to add handlers.</returns>
    public static IHttpClientBuilder AddBitrix24(this IServiceCollection services, Action<Bitrix24ClientOptions> configure)
    {
        var builder = services.AddBitrix24(DefaultName, configure);
        services.TryAddSingleton(provider => provider.GetRequiredService<Bitrix24ClientFactory>().GetClient(DefaultName));
        services.TryAddSingleton<IBitrix24Transport>(provider => provider.GetRequiredService<Bitrix24Client>());
        return builder;
    }

    /// <summary>Registers the default client from a configuration section (see <see cref="Bitrix24ConfigurationBinder"/> for the keys).</summary>
    public static IHttpClientBuilder AddBitrix24(this IServiceCollection services, IConfiguration configuration)
        => services.AddBitrix24(options => Bitrix24ConfigurationBinder.Bind(configuration, options));

    /// <summary>Registers a named client, one of several portals; get it with <see cref="Bitrix24ClientFactory.GetClient"/>.</summary>
    public static IHttpClientBuilder AddBitrix24(this IServiceCollection services, string name, IConfiguration configuration)
        => services.AddBitrix24(name, options => Bitrix24ConfigurationBinder.Bind(configuration, options));

    /// <summary>Registers a named client, one of several portals; get it with <see cref="Bitrix24ClientFactory.GetClient"/>.</summary>
    /// <returns>The builder of the underlying named HttpClient, to add handlers.</returns>
    public static IHttpClientBuilder AddBitrix24(this IServiceCollection services, string name, Action<Bitrix24ClientOptions> configure)
    {
        if (services is null)
        {
            throw new ArgumentNullException(nameof(services));
        }

        if (string.IsNullOrEmpty(name))
        {
            throw new ArgumentException("A client name is required.", nameof(name));
        }

        services.Configure(name, configure ?? throw new ArgumentNullException(nameof(configure)));
        services.TryAddSingleton(provider => new Bitrix24ClientFactory(
            provider.GetRequiredService<System.Net.Http.IHttpClientFactory>(),
            provider.GetRequiredService<IOptionsMonitor<Bitrix24ClientOptions>>(),
            provider.GetService<ILoggerFactory>()));

        // Clients for portals known only at run time share their own HttpClient name; it needs the same care, or
        // IHttpClientFactory would hand out an unconfigured client that logs and traces full URLs.
        AddHttpClient(services, RunTimeHttpClientName);
        return AddHttpClient(services, HttpClientName(name));
    }

    /// <summary>The HttpClient name of the clients <see cref="Bitrix24ClientFactory.Create(Bitrix24ClientOptions)"/> makes.</summary>
    internal const string RunTimeHttpClientName = "Bitrix24 (run-time portals)";

    internal static string HttpClientName(string name) => "Bitrix24:" + name;

    // The factory's default logging writes each request's full URL, and a webhook URL's path holds its secret; the
    // client logs every call itself (method, status, duration) instead. The primary handler creates no URL-bearing activities.
    private static IHttpClientBuilder AddHttpClient(IServiceCollection services, string httpClientName)
        => services.AddHttpClient(httpClientName)
            .ConfigurePrimaryHttpMessageHandler(Bitrix24HttpHandler.Create)
            .RemoveAllLoggers()
            .ConfigureHttpClient(client => client.Timeout = System.Threading.Timeout.InfiniteTimeSpan);
}
