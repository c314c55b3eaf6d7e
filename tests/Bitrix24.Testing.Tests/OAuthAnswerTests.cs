using System;
using System.Net;
using System.Threading.Tasks;
using static Bitrix24.Testing.Tests.PortalHttp;

namespace Bitrix24.Testing.Tests;

/// <summary>The token endpoint's answers have the real authorization server's shape: members, order, values and text.</summary>
public sealed class OAuthAnswerTests
{
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
    public async Task Server_endpoint_domain_status_and_client_endpoint_can_be_set()
    {
        await using var portal = await FakePortal.StartAsync(TestContext.Current.CancellationToken);
        portal.OAuth.ServerEndpoint = "https://oauth.example.test/rest/";
        portal.OAuth.Domain = "oauth.example.test";
        portal.OAuth.Status = "P";
        portal.OAuth.ClientEndpoint = "https://portal.example.test/rest/";

        var (_, json) = await Get(Refresh(portal, portal.OAuth.Issue().RefreshToken));

        Assert.Equal(
            ("https://oauth.example.test/rest/", "oauth.example.test", "P", "https://portal.example.test/rest/"),
            (json.GetProperty("server_endpoint").GetString(), json.GetProperty("domain").GetString(), json.GetProperty("status").GetString(), json.GetProperty("client_endpoint").GetString()));
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
