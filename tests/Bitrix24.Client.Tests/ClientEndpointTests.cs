using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Bitrix24.Client.Auth;
using Bitrix24.Client.Transport;
using Bitrix24.Tests.Shared.Http;

namespace Bitrix24.Client.Tests;

/// <summary>An OAuth pair's <c>client_endpoint</c> is where calls go, but only on the configured portal; anywhere else is never called.</summary>
public sealed class ClientEndpointTests
{
    [Theory]
    [InlineData(null, "https://example.bitrix24.com/rest/", false)]
    [InlineData("https://example.bitrix24.com/rest/", "https://example.bitrix24.com/rest/", false)]
    [InlineData("https://EXAMPLE.bitrix24.com/portal/rest", "https://example.bitrix24.com/portal/rest/", false)]
    [InlineData("https://example.bitrix24.com:443/rest/", "https://example.bitrix24.com/rest/", false)]
    [InlineData("https://attacker.example/rest/", "https://example.bitrix24.com/rest/", true)]
    [InlineData("https://example.bitrix24.com.attacker.example/rest/", "https://example.bitrix24.com/rest/", true)]
    [InlineData("https://example.bitrix24.com:8443/rest/", "https://example.bitrix24.com/rest/", true)]
    [InlineData("http://example.bitrix24.com/rest/", "https://example.bitrix24.com/rest/", true)]
    [InlineData("https://user:pass@example.bitrix24.com/rest/", "https://example.bitrix24.com/rest/", true)]
    [InlineData("https://example.bitrix24.com/rest/?next=https://attacker.example/", "https://example.bitrix24.com/rest/", true)]
    [InlineData("https://example.bitrix24.com/rest/#x", "https://example.bitrix24.com/rest/", true)]
    [InlineData("/rest/", "https://example.bitrix24.com/rest/", true)]
    [InlineData("not a url", "https://example.bitrix24.com/rest/", true)]
    public async Task Calls_go_to_the_client_endpoint_only_on_the_configured_portal(string? clientEndpoint, string expectedBase, bool refused)
    {
        var handler = StubHandler.Json("""{"result":1}""");
        var logger = new CapturingLogger<Bitrix24Client>();
        using var client = new Bitrix24Client(
            new Bitrix24ClientOptions
            {
                OAuth = new Bitrix24OAuthOptions
                {
                    PortalUrl = "https://example.bitrix24.com/",
                    ClientId = "app.1",
                    ClientSecret = "client-secret-0000",
                    InitialTokens = new Bitrix24Tokens("access-token-0000", "refresh-token-0000") { ClientEndpoint = clientEndpoint },
                },
            },
            new HttpClient(handler),
            logger);

        await client.CallAsync("crm.deal.get", "{}", TestContext.Current.CancellationToken);

        Assert.Equal(expectedBase + "crm.deal.get", Assert.Single(handler.Requests).Request.RequestUri!.ToString());
        Assert.Equal(refused ? 1 : 0, logger.Lines.Count(line => line.Contains("ClientEndpointRefused", StringComparison.Ordinal)));
    }
}
