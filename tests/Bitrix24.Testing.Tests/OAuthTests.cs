using System;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Bitrix24.Testing.OAuth;
using static Bitrix24.Testing.Tests.PortalHttp;

namespace Bitrix24.Testing.Tests;

/// <summary>OAuth calls and the token endpoint: renewal rotates the refresh token and answers in the real server's shape; expired and revoked tokens are told apart; the endpoint misbehaves on demand.</summary>
public sealed class OAuthTests
{
    [Fact]
    public async Task Refresh_issues_a_new_pair_and_the_old_refresh_token_stops_working()
    {
        await using var portal = await FakePortal.StartAsync(TestContext.Current.CancellationToken);
        var tokens = portal.OAuth.Issue();
        var (status, renewed) = await Get(Refresh(portal, tokens.RefreshToken));
        var (reused, reusedJson) = await Get(Refresh(portal, tokens.RefreshToken));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(portal.BaseUrl + "rest/", renewed.GetProperty("client_endpoint").GetString());
        Assert.Equal(3600, renewed.GetProperty("expires_in").GetInt32());
        Assert.True(renewed.GetProperty("expires").GetInt64() > DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        Assert.Equal(1, renewed.GetProperty("user_id").GetInt32());
        foreach (var member in new[] { "server_endpoint", "domain", "member_id", "scope", "status" })
        {
            Assert.Equal(JsonValueKind.String, renewed.GetProperty(member).ValueKind);
        }

        Assert.NotEqual(tokens.RefreshToken, renewed.GetProperty("refresh_token").GetString());
        Assert.Equal((HttpStatusCode.BadRequest, "invalid_grant"), (reused, reusedJson.GetProperty("error").GetString()));
        Assert.Equal(1, portal.OAuth.RefreshCount);

        portal.Crm.SeedDeals(1);
        var (call, _) = await Post(portal.BaseUrl + "rest/crm.deal.get", $"{{\"id\": 1, \"auth\": \"{renewed.GetProperty("access_token").GetString()}\"}}");
        Assert.Equal(HttpStatusCode.OK, call);
        Assert.Equal("{\"id\":1}", Assert.Single(portal.Executions).ParametersJson);
    }

    [Fact]
    public async Task A_wrong_client_secret_is_invalid_client()
    {
        await using var portal = await FakePortal.StartAsync(TestContext.Current.CancellationToken);
        var tokens = portal.OAuth.Issue();

        var (status, json) = await Get($"{portal.OAuth.TokenEndpoint}?grant_type=refresh_token&client_id={portal.OAuth.ClientId}&client_secret=wrong&refresh_token={tokens.RefreshToken}");

        Assert.Equal((HttpStatusCode.Unauthorized, "invalid_client"), (status, json.GetProperty("error").GetString()));
        Assert.Equal(0, portal.OAuth.RefreshCount);
    }

    [Fact]
    public async Task Expired_tokens_answer_expired_token_on_rest2_and_rest3_and_in_the_query()
    {
        await using var portal = await FakePortal.StartAsync(TestContext.Current.CancellationToken);
        portal.Crm.SeedDeals(1);
        var tokens = portal.OAuth.Issue();

        var (before, _) = await Post(portal.BaseUrl + "rest/crm.deal.get?auth=" + tokens.AccessToken, "{\"id\": 1}");
        portal.OAuth.ExpireAccessTokens();
        var (rest2, rest2Json) = await Post(portal.BaseUrl + "rest/crm.deal.get", $"{{\"id\": 1, \"auth\": \"{tokens.AccessToken}\"}}");
        var (rest3, rest3Json) = await Post(portal.BaseUrl + "rest/api/tasks.task.get?auth=" + tokens.AccessToken, "{\"id\": 1}");

        Assert.Equal(HttpStatusCode.OK, before);
        Assert.Equal(HttpStatusCode.Unauthorized, rest2);
        Assert.Equal("expired_token", rest2Json.GetProperty("error").GetString());
        Assert.Equal("The access token provided has expired.", rest2Json.GetProperty("error_description").GetString());
        Assert.Equal((HttpStatusCode.Unauthorized, "expired_token"), (rest3, rest3Json.GetProperty("error").GetString()));
    }

    [Fact]
    public async Task Revoked_or_unknown_tokens_answer_invalid_token_and_no_token_is_no_auth_found()
    {
        await using var portal = await FakePortal.StartAsync(TestContext.Current.CancellationToken);
        var tokens = portal.OAuth.Issue();
        portal.OAuth.RevokeAll();

        var (revoked, revokedJson) = await Post(portal.BaseUrl + "rest/crm.deal.get", $"{{\"id\": 1, \"auth\": \"{tokens.AccessToken}\"}}");
        var (missing, missingJson) = await Post(portal.BaseUrl + "rest/crm.deal.get", "{\"id\": 1}");
        var (refresh, refreshJson) = await Get(Refresh(portal, tokens.RefreshToken));

        Assert.Equal((HttpStatusCode.Unauthorized, "invalid_token"), (revoked, revokedJson.GetProperty("error").GetString()));
        Assert.Equal((HttpStatusCode.Unauthorized, "NO_AUTH_FOUND"), (missing, missingJson.GetProperty("error").GetString()));
        Assert.Equal((HttpStatusCode.BadRequest, "invalid_grant"), (refresh, refreshJson.GetProperty("error").GetString()));
        Assert.Empty(portal.Executions);
    }

    [Fact]
    public async Task The_token_endpoint_can_fail_redirect_and_send_a_chosen_lifetime_and_client_endpoint()
    {
        await using var portal = await FakePortal.StartAsync(TestContext.Current.CancellationToken);
        var tokens = portal.OAuth.Issue();

        portal.OAuth.FailureStatus = 503;
        var (failed, failedJson) = await Get(Refresh(portal, tokens.RefreshToken));
        portal.OAuth.FailureStatus = null;
        portal.OAuth.ExpiresInJson = "\"-7\"";
        portal.OAuth.ClientEndpoint = "https://elsewhere.example/rest/";
        var (renewed, renewedJson) = await Get(Refresh(portal, tokens.RefreshToken));
        portal.OAuth.Redirect = new FakeRedirect(307, "http://127.0.0.1:1/oauth/token/");
        using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false });
        using var redirected = await http.GetAsync(Refresh(portal, renewedJson.GetProperty("refresh_token").GetString()!), TestContext.Current.CancellationToken);

        Assert.Equal((HttpStatusCode.ServiceUnavailable, "temporarily_unavailable"), (failed, failedJson.GetProperty("error").GetString()));
        Assert.Equal(HttpStatusCode.OK, renewed);
        Assert.Equal("-7", renewedJson.GetProperty("expires_in").GetString());
        Assert.Equal("https://elsewhere.example/rest/", renewedJson.GetProperty("client_endpoint").GetString());
        Assert.Equal(HttpStatusCode.TemporaryRedirect, redirected.StatusCode);
        Assert.Equal("http://127.0.0.1:1/oauth/token/", redirected.Headers.Location!.ToString());
        Assert.Equal(3, portal.OAuth.TokenRequestCount);
        Assert.Equal(1, portal.OAuth.RefreshCount);
    }

    [Fact]
    public async Task A_renewal_answers_with_the_real_server_s_members_in_its_order()
    {
        await using var portal = await FakePortal.StartAsync(TestContext.Current.CancellationToken);
        var tokens = portal.OAuth.Issue();

        var (status, body) = await GetText(Refresh(portal, tokens.RefreshToken));

        Assert.Equal(HttpStatusCode.OK, status);
        var port = new Uri(portal.BaseUrl).Port;
        Assert.Matches(
            "^\\{\"access_token\":\"[0-9a-f]{70}\",\"expires\":\\d{10},\"expires_in\":3600,\"scope\":\"app\",\"domain\":\"oauth.bitrix.info\","
            + "\"server_endpoint\":\"https:\\\\/\\\\/oauth.bitrix.info\\\\/rest\\\\/\",\"status\":\"L\","
            + $"\"client_endpoint\":\"http:\\\\/\\\\/127.0.0.1:{port}\\\\/rest\\\\/\",\"member_id\":\"[0-9a-f]{{32}}\",\"user_id\":1,"
            + "\"refresh_token\":\"[0-9a-f]{70}\"\\}$",
            body);
        Assert.Matches("^[0-9a-f]{70}$", tokens.AccessToken);
    }

    [Fact]
    public async Task Server_endpoint_domain_and_status_can_be_set()
    {
        await using var portal = await FakePortal.StartAsync(TestContext.Current.CancellationToken);
        portal.OAuth.ServerEndpoint = "https://oauth.example.test/rest/";
        portal.OAuth.Domain = "oauth.example.test";
        portal.OAuth.Status = "P";

        var (_, json) = await Get(Refresh(portal, portal.OAuth.Issue().RefreshToken));

        Assert.Equal(
            ("https://oauth.example.test/rest/", "oauth.example.test", "P"),
            (json.GetProperty("server_endpoint").GetString(), json.GetProperty("domain").GetString(), json.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task A_refused_renewal_is_an_error_and_a_description_only()
    {
        await using var portal = await FakePortal.StartAsync(TestContext.Current.CancellationToken);

        var (status, body) = await GetText(Refresh(portal, "unknown"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Matches("^\\{\"error\":\"invalid_grant\",\"error_description\":\"[^\"]+\"\\}$", body);
    }

    private static string Refresh(FakePortal portal, string refreshToken)
        => $"{portal.OAuth.TokenEndpoint}?grant_type=refresh_token&client_id={portal.OAuth.ClientId}&client_secret={portal.OAuth.ClientSecret}&refresh_token={Uri.EscapeDataString(refreshToken)}";
}
