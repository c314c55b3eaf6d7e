using System;
using System.Threading.Tasks;
using Bitrix24.Client;
using Bitrix24.Client.Auth;
using Bitrix24.Client.Errors;
using Bitrix24.Generated;
using Bitrix24.Testing;
using Bitrix24.Testing.Crm;
using Bitrix24.Testing.OAuth;
using static Bitrix24.EndToEnd.Tests.OAuthRefreshTests;

namespace Bitrix24.EndToEnd.Tests;

/// <summary>What the client takes from the token endpoint's answer, and what it refuses: every member kept, hostile lifetimes clamped, foreign endpoints and redirects not followed.</summary>
public sealed class OAuthTokenAnswerTests
{
    [Fact]
    public async Task Every_member_of_the_answer_is_kept_with_the_rotated_pair()
    {
        await using var portal = await LeakScan.StartPortalAsync(TestContext.Current.CancellationToken);
        var (client, store, deal) = await ExpiredClientAsync(portal);
        using (client)
        {
            Assert.Equal("Answer", await Get(new Bitrix24Api(client), deal.Id));
        }

        var saved = await store.LoadAsync(new Uri(portal.BaseUrl).Host, TestContext.Current.CancellationToken);
        Assert.NotNull(saved);
        Assert.Matches("^[0-9a-f]{32}$", saved.MemberId);
        Assert.Matches("^[0-9a-f]{70}$", saved.AccessToken);
        Assert.Matches("^[0-9a-f]{70}$", saved.RefreshToken);
        Assert.Equal(portal.BaseUrl + "rest/", saved.ClientEndpoint);
        Assert.Equal("https://oauth.bitrix.info/rest/", saved.ServerEndpoint);
        Assert.Equal("oauth.bitrix.info", saved.Domain);
        Assert.Equal("app", saved.Scope);
        Assert.Equal(1, saved.UserId);
        Assert.Equal("L", saved.Status);
        Assert.DoesNotContain(saved.AccessToken, saved.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(saved.RefreshToken, saved.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("3600", 3600)]
    [InlineData("3600.9", 3600)]
    [InlineData("\"7200\"", 7200)]
    [InlineData("0", 0)]
    [InlineData("-5", 0)]
    [InlineData("-1e300", 0)]
    [InlineData("1e300", 86_400)]
    [InlineData("9223372036854775807", 86_400)]
    [InlineData("123456789012345678901234567890", 86_400)]
    [InlineData("\"abc\"", null)]
    [InlineData("\"\"", null)]
    [InlineData("null", null)]
    [InlineData("true", null)]
    [InlineData("{\"seconds\":3600}", null)]
    [InlineData("[3600]", null)]
    public async Task A_hostile_expires_in_is_clamped_or_unknown_and_the_calls_go_on(string expiresIn, int? seconds)
    {
        await using var portal = await LeakScan.StartPortalAsync(TestContext.Current.CancellationToken);
        portal.OAuth.ExpiresInJson = expiresIn;
        var (client, store, deal) = await ExpiredClientAsync(portal);
        var before = DateTimeOffset.UtcNow;
        using (client)
        {
            Assert.Equal("Answer", await Get(new Bitrix24Api(client), deal.Id));
        }

        var after = DateTimeOffset.UtcNow;
        var expires = (await store.LoadAsync(new Uri(portal.BaseUrl).Host, TestContext.Current.CancellationToken))!.ExpiresAt;
        if (seconds is null)
        {
            Assert.Null(expires);
        }
        else
        {
            Assert.InRange(expires!.Value, before.AddSeconds(seconds.Value - 1), after.AddSeconds(seconds.Value));
        }
    }

    [Fact]
    public async Task A_client_endpoint_on_another_host_is_kept_but_never_called()
    {
        await using var portal = await LeakScan.StartPortalAsync(TestContext.Current.CancellationToken);
        await using var elsewhere = await LeakScan.StartPortalAsync(TestContext.Current.CancellationToken);
        portal.OAuth.ClientEndpoint = elsewhere.BaseUrl + "rest/";
        var (client, store, deal) = await ExpiredClientAsync(portal);
        using (client)
        {
            Assert.Equal("Answer", await Get(new Bitrix24Api(client), deal.Id));
        }

        // A new client starts from the stored pair, which names the other host.
        var saved = await store.LoadAsync(new Uri(portal.BaseUrl).Host, TestContext.Current.CancellationToken);
        Assert.Equal(elsewhere.BaseUrl + "rest/", saved!.ClientEndpoint);
        using var restarted = new Bitrix24Client(Options(portal, portal.OAuth.Issue(), store));
        Assert.Equal("Answer", await Get(new Bitrix24Api(restarted), deal.Id));

        Assert.Empty(elsewhere.Calls);
    }

    [Fact]
    public async Task Refreshes_and_calls_never_go_to_the_server_endpoint_or_domain_of_the_answer()
    {
        await using var portal = await LeakScan.StartPortalAsync(TestContext.Current.CancellationToken);
        await using var authorizationServer = await LeakScan.StartPortalAsync(TestContext.Current.CancellationToken);
        portal.OAuth.ServerEndpoint = authorizationServer.BaseUrl + "rest/";
        portal.OAuth.Domain = new Uri(authorizationServer.BaseUrl).Authority;
        portal.OAuth.Status = "P";
        var (client, store, deal) = await ExpiredClientAsync(portal);
        using (client)
        {
            Assert.Equal("Answer", await Get(new Bitrix24Api(client), deal.Id));
            portal.OAuth.ExpireAccessTokens();
            Assert.Equal("Answer", await Get(new Bitrix24Api(client), deal.Id));
        }

        var saved = (await store.LoadAsync(new Uri(portal.BaseUrl).Host, TestContext.Current.CancellationToken))!;
        Assert.Equal((authorizationServer.BaseUrl + "rest/", new Uri(authorizationServer.BaseUrl).Authority, "P"), (saved.ServerEndpoint, saved.Domain, saved.Status));
        Assert.Equal(2, portal.OAuth.RefreshCount);
        Assert.Empty(authorizationServer.Calls);
        Assert.Equal(0, authorizationServer.OAuth.TokenRequestCount);
    }

    [Theory]
    [InlineData(301)]
    [InlineData(302)]
    [InlineData(303)]
    [InlineData(307)]
    [InlineData(308)]
    public async Task A_redirect_from_the_token_endpoint_is_an_error_naming_it_and_is_not_followed(int status)
    {
        await using var portal = await LeakScan.StartPortalAsync(TestContext.Current.CancellationToken);
        await using var elsewhere = await LeakScan.StartPortalAsync(TestContext.Current.CancellationToken);
        var (client, store, deal) = await ExpiredClientAsync(portal);
        var stored = (await store.LoadAsync(new Uri(portal.BaseUrl).Host, TestContext.Current.CancellationToken))!;

        // Followed, the redirect would carry the client secret and the refresh token to the other listener.
        portal.OAuth.Redirect = new FakeRedirect(status, $"{elsewhere.OAuth.TokenEndpoint}?grant_type=refresh_token&client_id={portal.OAuth.ClientId}&client_secret={portal.OAuth.ClientSecret}&refresh_token={stored.RefreshToken}");
        using (client)
        {
            var error = await Assert.ThrowsAsync<Bitrix24AuthenticationException>(() => Get(new Bitrix24Api(client), deal.Id));
            Assert.Contains($"HTTP {status}", error.Message, StringComparison.Ordinal);
        }

        Assert.Equal(1, portal.OAuth.TokenRequestCount);
        Assert.Equal(0, elsewhere.OAuth.TokenRequestCount);
    }

    /// <summary>A client on the portal whose access token has just expired, its store, and a deal to read.</summary>
    private static async Task<(Bitrix24Client Client, IBitrix24TokenStore Store, FakeDeal Deal)> ExpiredClientAsync(FakePortal portal)
    {
        var deal = portal.Crm.Add(new FakeDeal { Title = "Answer" });
        var store = new InMemoryTokenStore();
        var client = new Bitrix24Client(Options(portal, portal.OAuth.Issue(), store));
        Assert.Equal("Answer", await Get(new Bitrix24Api(client), deal.Id));
        portal.OAuth.ExpireAccessTokens();
        return (client, store, deal);
    }
}
