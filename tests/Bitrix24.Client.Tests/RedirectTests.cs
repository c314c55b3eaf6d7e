using System;
using System.Net.Http;
using System.Threading.Tasks;
using Bitrix24.Client.Errors;
using Bitrix24.Client.Transport;

namespace Bitrix24.Client.Tests;

/// <summary>
/// A portal that answers with a redirect to another listener, over real HTTP: nothing reaches the other listener, and
/// the call ends in a typed error naming the status and the other host, never its path or query.
/// </summary>
public sealed class RedirectTests
{
    private const string Secret = "r3d1r3cts3cr3t00";

    [Theory]
    [InlineData(301)]
    [InlineData(302)]
    [InlineData(303)]
    [InlineData(307)]
    [InlineData(308)]
    public async Task A_redirect_is_a_typed_error_and_is_never_followed(int status)
    {
        await using var elsewhere = RawHttpServer.Answering("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 17\r\nConnection: close\r\n\r\n", """{"result":"evil"}""");
        await using var portal = Redirecting(status, elsewhere);
        using var client = new Bitrix24Client(Options(portal));

        var error = await Assert.ThrowsAsync<Bitrix24RedirectException>(() => client.CallAsync("crm.deal.get", """{"id":1}""", TestContext.Current.CancellationToken));

        Assert.Empty(elsewhere.Requests);
        Assert.Single(portal.Requests);
        Assert.Equal((status, elsewhere.Authority, false), (error.StatusCode, error.LocationHost, error.Followed));
        Assert.Contains($"HTTP {status}", error.Message);
        AssertNamesHostOnly(error);
    }

    [Fact]
    public async Task An_answer_an_httpclient_of_the_callers_got_by_following_a_redirect_is_refused()
    {
        await using var elsewhere = RawHttpServer.Answering("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 17\r\nConnection: close\r\n\r\n", """{"result":"evil"}""");
        await using var portal = Redirecting(302, elsewhere);
        using var following = new HttpClient(new HttpClientHandler { AllowAutoRedirect = true });
        using var client = new Bitrix24Client(Options(portal), following);

        var error = await Assert.ThrowsAsync<Bitrix24RedirectException>(() => client.CallAsync("crm.deal.get", """{"id":1}""", TestContext.Current.CancellationToken));

        Assert.Single(elsewhere.Requests);
        Assert.Equal((200, elsewhere.Authority, true), (error.StatusCode, error.LocationHost, error.Followed));
        Assert.DoesNotContain("evil", error.ToString());
        AssertNamesHostOnly(error);
    }

    private static RawHttpServer Redirecting(int status, RawHttpServer target)
        => RawHttpServer.Answering($"HTTP/1.1 {status} Moved\r\nLocation: http://{target.Authority}/rest/9/stolen/path?auth=token0000\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");

    private static Bitrix24ClientOptions Options(RawHttpServer portal)
        => new() { WebhookUrl = portal.WebhookUrl(Secret), RateLimit = { Enabled = false }, Retry = { MaxRetries = 2, BaseDelay = TimeSpan.FromMilliseconds(1) } };

    private static void AssertNamesHostOnly(Bitrix24RedirectException error)
    {
        var text = error.ToString();
        Assert.DoesNotContain(Secret, text);
        Assert.DoesNotContain("stolen", text);
        Assert.DoesNotContain("token0000", text);
    }
}
