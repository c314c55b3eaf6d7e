using System;
using System.Diagnostics.Metrics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Bitrix24.Client;
using Bitrix24.Client.Auth;
using Bitrix24.Client.Errors;
using Bitrix24.Generated;
using Bitrix24.Generated.Crm;
using Bitrix24.Testing;
using Bitrix24.Testing.Crm;
using Bitrix24.Testing.OAuth;
using Bitrix24.Tests.Shared.Http;

namespace Bitrix24.EndToEnd.Tests;

/// <summary>
/// OAuth against the fake portal's token endpoint: one refresh for any number of waiting calls, one request for any
/// number of calls while the endpoint fails, rotation persisted (also through a store that fails for a while), no loops.
/// </summary>
public sealed class OAuthRefreshTests
{
    [Fact]
    public async Task A_hundred_calls_on_an_expired_token_share_exactly_one_refresh()
    {
        await using var portal = await LeakScan.StartPortalAsync(TestContext.Current.CancellationToken);
        var deal = portal.Crm.Add(new FakeDeal { Title = "Shared" });
        var tokens = portal.OAuth.Issue();
        using var client = OAuthClient(portal, tokens, new InMemoryTokenStore());
        var api = new Bitrix24Api(client);
        await Get(api, deal.Id);

        portal.OAuth.ExpireAccessTokens();
        portal.OAuth.RefreshDelay = TimeSpan.FromMilliseconds(300);
        var titles = await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => Get(api, deal.Id)));

        Assert.All(titles, title => Assert.Equal("Shared", title));
        Assert.Equal(1, portal.OAuth.RefreshCount);
        Assert.Equal(1, client.Statistics.TokenRefreshes);
    }

    [Fact]
    public async Task The_rotated_pair_is_persisted_and_the_old_refresh_token_is_never_used_again()
    {
        await using var portal = await LeakScan.StartPortalAsync(TestContext.Current.CancellationToken);
        var deal = portal.Crm.Add(new FakeDeal { Title = "Stored" });
        var directory = Path.Combine(Path.GetTempPath(), "bx-tokens-" + Guid.NewGuid().ToString("N"));
        var store = new FileTokenStore(directory);
        var first = portal.OAuth.Issue();
        using (var client = OAuthClient(portal, first, store))
        {
            portal.OAuth.ExpireAccessTokens();
            Assert.Equal("Stored", await Get(new Bitrix24Api(client), deal.Id));
        }

        var saved = await store.LoadAsync(new Uri(portal.BaseUrl).Host, TestContext.Current.CancellationToken);
        Assert.NotNull(saved);
        Assert.NotEqual(first.RefreshToken, saved.RefreshToken);
        Assert.DoesNotContain(saved.AccessToken, saved.ToString(), StringComparison.Ordinal);

        // A new process starts from the store, not from the first (now rotated) pair.
        portal.OAuth.ExpireAccessTokens();
        using var restarted = OAuthClient(portal, first, store);
        Assert.Equal("Stored", await Get(new Bitrix24Api(restarted), deal.Id));
        Assert.Equal(2, portal.OAuth.RefreshCount);
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public async Task A_revoked_token_is_a_typed_error_without_a_refresh_loop()
    {
        await using var portal = await LeakScan.StartPortalAsync(TestContext.Current.CancellationToken);
        var deal = portal.Crm.Add(new FakeDeal { Title = "Gone" });
        using var client = OAuthClient(portal, portal.OAuth.Issue(), new InMemoryTokenStore());
        portal.OAuth.RevokeAll();

        var error = await Assert.ThrowsAnyAsync<Bitrix24Exception>(() => Get(new Bitrix24Api(client), deal.Id));

        Assert.Equal(Bitrix24SystemError.InvalidToken, error.SystemError);
        Assert.Equal(0, portal.OAuth.RefreshCount);
        Assert.Single(portal.Calls);
    }

    [Fact]
    public async Task A_refused_refresh_is_an_authentication_error_that_holds_no_secret()
    {
        await using var portal = await LeakScan.StartPortalAsync(TestContext.Current.CancellationToken);
        var deal = portal.Crm.Add(new FakeDeal { Title = "Locked" });
        var tokens = portal.OAuth.Issue();
        var options = Options(portal, tokens, new InMemoryTokenStore());
        options.OAuth!.ClientSecret = "wrong-client-secret-0000000000";
        using var client = new Bitrix24Client(options);
        portal.OAuth.ExpireAccessTokens();

        var error = await Assert.ThrowsAsync<Bitrix24AuthenticationException>(() => Get(new Bitrix24Api(client), deal.Id));

        Assert.NotEmpty(error.Code);
        foreach (var secret in new[] { tokens.AccessToken, tokens.RefreshToken, options.OAuth.ClientSecret, portal.OAuth.ClientSecret })
        {
            Assert.DoesNotContain(secret, error.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_rotated_pair_survives_failed_saves_and_reaches_the_store_and_new_clients()
    {
        await using var portal = await LeakScan.StartPortalAsync(TestContext.Current.CancellationToken);
        var deal = portal.Crm.Add(new FakeDeal { Title = "Kept" });
        var host = new Uri(portal.BaseUrl).Host;
        var first = portal.OAuth.Issue();
        var store = new FlakyTokenStore();
        var logger = new CapturingLogger<Bitrix24Client>();
        var countedFailures = 0L;
        using var meter = new MeterListener { InstrumentPublished = (instrument, listener) => { if (instrument.Name == "bitrix24.client.token_save_failures") { listener.EnableMeasurementEvents(instrument); } } };
        meter.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref countedFailures, value));
        meter.Start();
        var options = Options(portal, first, store);
        options.OAuth!.RetryDelay = TimeSpan.FromMilliseconds(20);
        options.OAuth.MaxRetryDelay = TimeSpan.FromMilliseconds(40);
        using var client = new Bitrix24Client(options, logger: logger);
        var api = new Bitrix24Api(client);
        Assert.Equal("Kept", await Get(api, deal.Id));

        // The disk is full: the rotated pair cannot be saved, and the calls go on with it.
        store.FailNextSaves(int.MaxValue);
        portal.OAuth.ExpireAccessTokens();
        Assert.Equal("Kept", await Get(api, deal.Id));

        // The next refresh uses the rotated refresh token held in memory, never the stale stored one.
        portal.OAuth.ExpireAccessTokens();
        Assert.Equal("Kept", await Get(api, deal.Id));

        // A client created meanwhile in this process starts from the unsaved pair, not from the stale stored one.
        using (var meanwhile = new Bitrix24Client(Options(portal, first, store)))
        {
            Assert.Equal("Kept", await Get(new Bitrix24Api(meanwhile), deal.Id));
        }

        Assert.Equal(2, portal.OAuth.RefreshCount);
        Assert.Equal(first.RefreshToken, (await store.LoadAsync(host, TestContext.Current.CancellationToken))!.RefreshToken);

        // The disk has room again: a later call saves the pair.
        store.FailNextSaves(0);
        for (var attempt = 0; attempt < 100 && (await store.LoadAsync(host, TestContext.Current.CancellationToken))!.RefreshToken == first.RefreshToken; attempt++)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(50), TestContext.Current.CancellationToken);
            Assert.Equal("Kept", await Get(api, deal.Id));
        }

        Assert.NotEqual(first.RefreshToken, (await store.LoadAsync(host, TestContext.Current.CancellationToken))!.RefreshToken);

        // A new client after the recovery refreshes from the stored pair: no invalid_grant.
        portal.OAuth.ExpireAccessTokens();
        using var restarted = new Bitrix24Client(Options(portal, first, store));
        Assert.Equal("Kept", await Get(new Bitrix24Api(restarted), deal.Id));
        Assert.Equal(3, portal.OAuth.RefreshCount);

        Assert.True(store.FailedSaves >= 2, $"{store.FailedSaves} failed saves");
        Assert.True(Interlocked.Read(ref countedFailures) >= store.FailedSaves - 1, $"{countedFailures} counted of {store.FailedSaves} failed saves");
        Assert.Contains(logger.Lines, line => line.Contains("TokenSaveFailed", StringComparison.Ordinal) && line.Contains("IOException", StringComparison.Ordinal));
        Assert.All(logger.Lines, line => Assert.DoesNotContain(portal.Secrets, line.Contains));
    }

    [Fact]
    public async Task Twenty_calls_on_a_failing_token_endpoint_make_one_request_and_share_its_error()
    {
        await using var portal = await LeakScan.StartPortalAsync(TestContext.Current.CancellationToken);
        var deal = portal.Crm.Add(new FakeDeal { Title = "Storm" });
        var tokens = portal.OAuth.Issue();
        var store = new InMemoryTokenStore();
        var options = Options(portal, tokens, store);
        options.OAuth!.RetryDelay = TimeSpan.FromMinutes(10);
        options.OAuth.MaxRetryDelay = TimeSpan.FromMinutes(10);
        using var client = new Bitrix24Client(options);
        var api = new Bitrix24Api(client);
        Assert.Equal("Storm", await Get(api, deal.Id));

        portal.OAuth.ExpireAccessTokens();
        portal.OAuth.FailureStatus = 500;
        portal.OAuth.RefreshDelay = TimeSpan.FromMilliseconds(300);
        var calls = Enumerable.Range(0, 20).Select(_ => Assert.ThrowsAsync<Bitrix24AuthenticationException>(() => Get(api, deal.Id))).ToList();
        var errors = await Task.WhenAll(calls);

        Assert.All(errors, error => Assert.Equal("temporarily_unavailable", error.Code));
        Assert.Equal(1, portal.OAuth.TokenRequestCount);

        // Within the back-off a later call, and a new client of the same application, get the same failure without a request.
        using var other = new Bitrix24Client(Options(portal, tokens, store));
        await Assert.ThrowsAsync<Bitrix24AuthenticationException>(() => Get(api, deal.Id));
        await Assert.ThrowsAsync<Bitrix24AuthenticationException>(() => Get(new Bitrix24Api(other), deal.Id));
        Assert.Equal(1, portal.OAuth.TokenRequestCount);
    }

    [Fact]
    public async Task After_the_back_off_one_new_request_is_made()
    {
        await using var portal = await LeakScan.StartPortalAsync(TestContext.Current.CancellationToken);
        var deal = portal.Crm.Add(new FakeDeal { Title = "Later" });
        var options = Options(portal, portal.OAuth.Issue(), new InMemoryTokenStore());
        options.OAuth!.RetryDelay = TimeSpan.FromMilliseconds(200);
        using var client = new Bitrix24Client(options);
        var api = new Bitrix24Api(client);
        Assert.Equal("Later", await Get(api, deal.Id));
        portal.OAuth.ExpireAccessTokens();
        portal.OAuth.FailureStatus = 500;
        await Assert.ThrowsAsync<Bitrix24AuthenticationException>(() => Get(api, deal.Id));
        Assert.Equal(1, portal.OAuth.TokenRequestCount);

        await Task.Delay(TimeSpan.FromMilliseconds(400), TestContext.Current.CancellationToken);
        portal.OAuth.FailureStatus = null;
        var titles = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Get(api, deal.Id)));

        Assert.All(titles, title => Assert.Equal("Later", title));
        Assert.Equal(2, portal.OAuth.TokenRequestCount);
        Assert.Equal(1, portal.OAuth.RefreshCount);
    }

    internal static Bitrix24ClientOptions Options(FakePortal portal, FakeTokens tokens, IBitrix24TokenStore store) => new()
    {
        OAuth = new Bitrix24OAuthOptions
        {
            PortalUrl = portal.BaseUrl,
            ClientId = portal.OAuth.ClientId,
            ClientSecret = portal.OAuth.ClientSecret,
            TokenEndpoint = portal.OAuth.TokenEndpoint,
            TokenStore = store,
            InitialTokens = new Bitrix24Tokens(tokens.AccessToken, tokens.RefreshToken),
        },
        RateLimit = { Capacity = 500 },
    };

    private static Bitrix24Client OAuthClient(FakePortal portal, FakeTokens tokens, IBitrix24TokenStore store) => new(Options(portal, tokens, store));

    internal static async Task<string?> Get(IBitrix24Api api, long id)
    {
#pragma warning disable CS0618 // crm.deal.get is deprecated; the fake implements it.
        return (await api.Crm.Deal.GetAsync(new DealGetRequest { Id = id }, TestContext.Current.CancellationToken)).Result.Title;
#pragma warning restore CS0618
    }
}
