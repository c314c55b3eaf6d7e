using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Bitrix24.Client;
using Bitrix24.Client.Auth;
using Bitrix24.Client.DependencyInjection;
using Bitrix24.Generated;
using Bitrix24.Generated.Crm;
using Bitrix24.Testing;
using Bitrix24.Testing.Crm;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bitrix24.EndToEnd.Tests;

/// <summary>
/// Everything the client and the framework under it write — log lines at Trace (IHttpClientFactory's included),
/// every activity of every source (HttpClient's with its <c>url.full</c> included), every metric tag, every
/// exception — is collected while webhook and OAuth clients succeed, fail, refresh and retry; no secret may appear.
/// </summary>
public sealed class SecretScanTests
{
    [Fact]
    public async Task No_secret_reaches_logs_traces_metrics_or_exceptions()
    {
        await using var portal = await LeakScan.StartPortalAsync(TestContext.Current.CancellationToken);
        var deal = portal.Crm.Add(new FakeDeal { Title = "Scanned" });
        var tokens = portal.OAuth.Issue();
        using var sink = new TelemetrySink();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(sink));
        services.AddBitrix24(options => options.WebhookUrl = portal.WebhookUrl);
        services.AddBitrix24("app", options =>
        {
            options.OAuth = OAuthRefreshTests.Options(portal, tokens, new InMemoryTokenStore()).OAuth;
            options.Retry.BaseDelay = TimeSpan.FromMilliseconds(10);
        });
        await using var provider = services.BuildServiceProvider();
        var webhook = new Bitrix24Api(provider.GetRequiredService<Bitrix24Client>());
        var factory = provider.GetRequiredService<Bitrix24ClientFactory>();
        var app = new Bitrix24Api(factory.GetClient("app"));

        await Exercise(portal, webhook, deal.Id, sink);
        portal.OAuth.ExpireAccessTokens();
        await Exercise(portal, app, deal.Id, sink);
        portal.OAuth.RevokeAll();
        await Exercise(portal, app, deal.Id, sink);
        using (var wrongWebhook = factory.Create(new Bitrix24ClientOptions { WebhookUrl = $"{portal.BaseUrl}rest/1/wrongsecret00000000/" }))
        {
            await Exercise(portal, new Bitrix24Api(wrongWebhook), deal.Id, sink);
        }

        var secrets = new[] { portal.WebhookSecret, "wrongsecret00000000", tokens.AccessToken, tokens.RefreshToken, portal.OAuth.ClientSecret };
        Assert.True(sink.Text.Count > 50, $"the sink saw only {sink.Text.Count} items");
        Assert.Contains(sink.Text, text => text.Contains("crm.deal.get", StringComparison.Ordinal));
        Assert.Contains(sink.Activities, name => name == "Bitrix24.Call");
        Assert.True(portal.OAuth.RefreshCount >= 1);
        foreach (var text in sink.Text)
        {
            foreach (var secret in secrets)
            {
                Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task The_scan_sees_the_secret_in_the_framework_defaults_logging_and_tracing()
    {
        await using var portal = await FakePortal.StartAsync(TestContext.Current.CancellationToken);
        using var sink = new TelemetrySink();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(sink));
        services.AddHttpClient("plain");
        await using var provider = services.BuildServiceProvider();
        using var http = provider.GetRequiredService<IHttpClientFactory>().CreateClient("plain");

        using var answer = await http.PostAsync(portal.WebhookUrl + "crm.deal.get", new StringContent("{}"), TestContext.Current.CancellationToken);

        Assert.Contains(sink.Text, text => text.StartsWith("Sending HTTP request", StringComparison.Ordinal) && text.Contains(portal.WebhookSecret, StringComparison.Ordinal));
        Assert.Contains(sink.Text, text => text.StartsWith("System.Net.Http ", StringComparison.Ordinal) && text.Contains(portal.WebhookSecret, StringComparison.Ordinal));
    }

    private static async Task Exercise(FakePortal portal, IBitrix24Api api, long dealId, TelemetrySink sink)
    {
#pragma warning disable CS0618 // crm.deal.get is deprecated; the fake implements it.
        portal.Faults.Inject("crm.deal.get", FakeFault.Http502Html);
        foreach (var id in new[] { dealId, dealId + 1000, 0 })
        {
            try
            {
                await api.Crm.Deal.GetAsync(new DealGetRequest { Id = id }, TestContext.Current.CancellationToken);
            }
            catch (Exception exception)
            {
                sink.Add(exception.ToString());
                if (exception is Bitrix24.Client.Errors.Bitrix24Exception error)
                {
                    sink.Add(error.RawBody);
                }
            }
        }
#pragma warning restore CS0618
    }

    /// <summary>Collects log lines, activities (all sources, all tags) and metric tags as text.</summary>
    private sealed class TelemetrySink : ILoggerProvider, ILogger
    {
        private readonly List<string> _text = [];
        private readonly TelemetryCapture _telemetry;

        public TelemetrySink() => _telemetry = new TelemetryCapture(Add);

        public ConcurrentBag<string> Activities => _telemetry.ActivityNames;

        public List<string> Text
        {
            get
            {
                lock (_text)
                {
                    return [.. _text];
                }
            }
        }

        public void Add(string text)
        {
            lock (_text)
            {
                _text.Add(text);
            }
        }

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull
        {
            Add("scope " + state);
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            Add(formatter(state, exception) + " " + exception);
            if (state is IEnumerable<KeyValuePair<string, object?>> values)
            {
                Add(string.Join(" ", values.Select(value => $"{value.Key}={value.Value}")));
            }
        }

        public void Dispose() => _telemetry.Dispose();
    }
}
