using System;
using System.Threading.Tasks;
using Bitrix24.Client;
using Bitrix24.Client.Errors;
using Bitrix24.Client.Transport;
using Bitrix24.Generated;
using Bitrix24.Generated.Crm;
using Bitrix24.Testing;
using Bitrix24.Tests.Shared.Http;

namespace Bitrix24.EndToEnd.Tests;

#pragma warning disable CS0618 // crm.deal.get is deprecated; used here as any method.

/// <summary>Authorization, unknown methods, REST 3.0 and the escape hatch, over real HTTP; and no secret leaks from any of it.</summary>
public sealed class PortalProtocolTests
{
    [Fact]
    public async Task A_wrong_secret_is_the_documented_authorization_error_without_the_secret_anywhere()
    {
        await using var portal = await LeakScan.StartPortalAsync(TestContext.Current.CancellationToken);
        var wrongSecret = "wr0ngs3cr3tabcdef";
        var logger = new CapturingLogger<Bitrix24Client>();
        using var client = new Bitrix24Client(new Bitrix24ClientOptions { WebhookUrl = $"{portal.BaseUrl}rest/1/{wrongSecret}/" }, logger: logger);

        var error = await Assert.ThrowsAsync<Bitrix24Exception>(() => new Bitrix24Api(client).Crm.Deal.GetAsync(new DealGetRequest { Id = 1 }, TestContext.Current.CancellationToken));

        Assert.Equal((Bitrix24SystemError.NoAuthFound, 401, "NO_AUTH_FOUND"), (error.SystemError, error.StatusCode, error.Code));
        foreach (var text in new[] { error.ToString(), error.Message, client.ToString(), string.Join("\n", logger.Lines) })
        {
            Assert.DoesNotContain(wrongSecret, text);
            Assert.DoesNotContain(portal.WebhookSecret, text);
        }
    }

    [Fact]
    public async Task An_unknown_method_through_the_escape_hatch()
    {
        await using var session = await PortalSession.StartAsync();

        var error = await Assert.ThrowsAsync<Bitrix24Exception>(() => session.Api.CallAsync("crm.unknown.method", "{}", TestContext.Current.CancellationToken));

        Assert.Equal((Bitrix24SystemError.ErrorMethodNotFound, 404, "crm.unknown.method"), (error.SystemError, error.StatusCode, error.Method));
    }

    [Fact]
    public async Task The_escape_hatch_returns_the_same_envelope_as_typed_calls()
    {
        await using var session = await PortalSession.StartAsync();

        var response = await session.Api.CallAsync("crm.deal.get", $$"""{"id": {{session.Deal.Id}}}""", TestContext.Current.CancellationToken);

        Assert.Equal(session.Deal.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), response.Result.GetProperty("ID").GetString());
        Assert.NotNull(response.Time?.OperatingResetAt);
    }

    [Fact]
    public async Task Rest3_calls_go_to_rest_api_and_its_error_shape_is_read()
    {
        await using var session = await PortalSession.StartAsync();
        using var client = new Bitrix24Client(session.Portal.WebhookUrl);
        var method = new Bitrix24Method<bool>("tasks.flow.flow.create", 3, isRead: false, Bitrix24.Client.Json.JsonValueReader.TryReadBooleanItem, mapError: null);

        var error = await Assert.ThrowsAsync<Bitrix24Exception>(() => client.SendAsync(method, null, TestContext.Current.CancellationToken));

        Assert.Equal((Bitrix24SystemError.ErrorMethodNotFound, 404), (error.SystemError, error.StatusCode));
        Assert.Contains("\"code\":\"ERROR_METHOD_NOT_FOUND\"", error.RawBody);
        Assert.Equal(3, Assert.Single(session.Portal.Calls).RestVersion);
    }

    [Fact]
    public void Plain_http_to_a_non_loopback_host_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new Bitrix24Client("http://portal.example.com/rest/1/abcdefghijklmnop/"));

        Assert.Contains("HTTPS", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("abcdefghijklmnop", error.ToString());
    }

    [Fact]
    public async Task A_portal_that_is_gone_is_a_transport_error_without_the_secret()
    {
        var portal = await LeakScan.StartPortalAsync(TestContext.Current.CancellationToken);
        var webhook = portal.WebhookUrl;
        var secret = portal.WebhookSecret;
        await portal.DisposeAsync();
        using var client = new Bitrix24Client(webhook);

        var error = await Assert.ThrowsAsync<Bitrix24TransportException>(() => new Bitrix24Api(client).Crm.Deal.GetAsync(new DealGetRequest { Id = 1 }, TestContext.Current.CancellationToken));

        Assert.False(error.IsTimeout);
        Assert.DoesNotContain(secret, error.ToString());
    }
}
