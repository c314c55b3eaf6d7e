using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Bitrix24.Client.Auth;
using Bitrix24.Client.Errors;
using Bitrix24.Client.Transport;
using Bitrix24.Generated;
using Bitrix24.Generated.Crm;
using Bitrix24.Testing;
using Bitrix24.Testing.Crm;
using Bitrix24.Testing.OAuth;

namespace Bitrix24.EndToEnd.Tests;

/// <summary>OAuth against the fake portal's token endpoint: one refresh for any number of waiting calls, rotation persisted, no loops.</summary>
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

    private static async Task<string?> Get(IBitrix24Api api, long id)
    {
#pragma warning disable CS0618 // crm.deal.get is deprecated; the fake implements it.
        return (await api.Crm.Deal.GetAsync(new DealGetRequest { Id = id }, TestContext.Current.CancellationToken)).Result.Title;
#pragma warning restore CS0618
    }
}
