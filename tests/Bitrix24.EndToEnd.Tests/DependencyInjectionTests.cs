using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Bitrix24.Client;
using Bitrix24.Client.Auth;
using Bitrix24.Client.DependencyInjection;
using Bitrix24.Client.Transport;
using Bitrix24.Generated;
using Bitrix24.Generated.Crm;
using Bitrix24.Testing;
using Bitrix24.Testing.Crm;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bitrix24.EndToEnd.Tests;

/// <summary>AddBitrix24 from configuration, several portals per process, and clients made at run time.</summary>
public sealed class DependencyInjectionTests
{
    [Fact]
    public async Task The_default_client_binds_from_configuration_and_calls_the_portal()
    {
        await using var portal = await LeakScan.StartPortalAsync(TestContext.Current.CancellationToken);
        var deal = portal.Crm.Add(new FakeDeal { Title = "Configured" });
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Bitrix24:WebhookUrl"] = portal.WebhookUrl,
            ["Bitrix24:RequestTimeout"] = "00:00:20",
            ["Bitrix24:RateLimit:Capacity"] = "250",
            ["Bitrix24:RateLimit:DrainPerSecond"] = "5",
            ["Bitrix24:OperatingLimit:BudgetSeconds"] = "600",
            ["Bitrix24:Retry:MaxRetries"] = "2",
        }).Build();
        var services = new ServiceCollection();
        services.AddBitrix24(configuration.GetSection("Bitrix24"));
        await using var provider = services.BuildServiceProvider();

        var api = new Bitrix24Api(provider.GetRequiredService<IBitrix24Transport>());
#pragma warning disable CS0618 // crm.deal.get is deprecated; the fake implements it.
        var response = await api.Crm.Deal.GetAsync(new DealGetRequest { Id = deal.Id }, TestContext.Current.CancellationToken);
#pragma warning restore CS0618

        Assert.Equal("Configured", response.Result.Title);
        Assert.Same(provider.GetRequiredService<Bitrix24Client>(), provider.GetRequiredService<IBitrix24Transport>());
    }

    [Fact]
    public void Every_key_is_read_and_a_bad_value_names_its_key()
    {
        var options = new Bitrix24ClientOptions();
        Bitrix24ConfigurationBinder.Bind(Configuration(new()
        {
            ["WebhookUrl"] = "https://example.bitrix24.com/rest/1/abc/",
            ["RequestTimeout"] = "00:00:30",
            ["OAuth:PortalUrl"] = "https://example.bitrix24.com/",
            ["OAuth:ClientId"] = "app.1",
            ["OAuth:ClientSecret"] = "s",
            ["OAuth:TokenEndpoint"] = "https://oauth.example/token/",
            ["OAuth:TokenDirectory"] = "tokens",
            ["OAuth:RetryDelay"] = "00:00:02",
            ["OAuth:MaxRetryDelay"] = "00:05:00",
            ["RateLimit:Enabled"] = "false",
            ["RateLimit:Capacity"] = "250",
            ["RateLimit:DrainPerSecond"] = "5",
            ["RateLimit:Headroom"] = "3",
            ["OperatingLimit:Enabled"] = "false",
            ["OperatingLimit:BudgetSeconds"] = "600",
            ["OperatingLimit:SlowDownFrom"] = "0.5",
            ["OperatingLimit:MaxPause"] = "00:02:00",
            ["Retry:MaxRetries"] = "7",
            ["Retry:BaseDelay"] = "00:00:01",
            ["Retry:MaxDelay"] = "00:00:09",
        }), options);

        Assert.Equal(
            ("https://example.bitrix24.com/rest/1/abc/", TimeSpan.FromSeconds(30), "https://example.bitrix24.com/", "app.1", "s", "https://oauth.example/token/", true),
            (options.WebhookUrl, options.RequestTimeout, options.OAuth!.PortalUrl, options.OAuth.ClientId, options.OAuth.ClientSecret, options.OAuth.TokenEndpoint, options.OAuth.TokenStore is FileTokenStore));
        Assert.Equal((TimeSpan.FromSeconds(2), TimeSpan.FromMinutes(5)), (options.OAuth.RetryDelay, options.OAuth.MaxRetryDelay));
        Assert.Equal((false, 250, 5.0, 3), (options.RateLimit.Enabled, options.RateLimit.Capacity, options.RateLimit.DrainPerSecond, options.RateLimit.Headroom));
        Assert.Equal((false, 600.0, 0.5, TimeSpan.FromMinutes(2)), (options.OperatingLimit.Enabled, options.OperatingLimit.BudgetSeconds, options.OperatingLimit.SlowDownFrom, options.OperatingLimit.MaxPause));
        Assert.Equal((7, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(9)), (options.Retry.MaxRetries, options.Retry.BaseDelay, options.Retry.MaxDelay));

        var error = Assert.Throws<FormatException>(() => Bitrix24ConfigurationBinder.Bind(Configuration(new() { ["RateLimit:Capacity"] = "many" }), new Bitrix24ClientOptions()));
        Assert.Contains("RateLimit:Capacity", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Named_portals_and_run_time_portals_are_separate_clients()
    {
        await using var first = await LeakScan.StartPortalAsync(TestContext.Current.CancellationToken);
        await using var second = await LeakScan.StartPortalAsync(TestContext.Current.CancellationToken);
        var services = new ServiceCollection();
        services.AddBitrix24("first", options => options.WebhookUrl = first.WebhookUrl);
        services.AddBitrix24("second", options => options.WebhookUrl = second.WebhookUrl);
        await using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<Bitrix24ClientFactory>();

        using var runTime = factory.Create(new Bitrix24ClientOptions { WebhookUrl = second.WebhookUrl });

        Assert.Same(factory.GetClient("first"), factory.GetClient("first"));
        Assert.NotEqual(factory.GetClient("first").Portal, factory.GetClient("second").Portal);
        Assert.Equal(factory.GetClient("second").Portal, runTime.Portal);
        await factory.GetClient("first").CallAsync("crm.deal.get", "{\"id\":1}", TestContext.Current.CancellationToken).ContinueWith(_ => { }, TestContext.Current.CancellationToken);
        await runTime.CallAsync("crm.deal.get", "{\"id\":1}", TestContext.Current.CancellationToken).ContinueWith(_ => { }, TestContext.Current.CancellationToken);
        Assert.Single(first.Calls);
        Assert.Single(second.Calls);
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) => new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
