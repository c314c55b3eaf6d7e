using System;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Bitrix24.Client.Errors;
using Bitrix24.Client.Json;
using Bitrix24.Client.Transport;
using Bitrix24.Tests.Shared.Http;

namespace Bitrix24.Client.Tests;

/// <summary>A portal that quotes the request path (and so the webhook secret) in its error texts: no exception text carries it.</summary>
public sealed class RedactionTests
{
    private const string Secret = "r3d4ct10ns3cr3t0";
    private const string Webhook = "https://portal.example/rest/5/" + Secret + "/";
    private const string EchoedPath = "/rest/5/" + Secret + "/test.item.get";

    private static readonly Bitrix24Method<long> Get = new("test.item.get", 2, isRead: true, JsonValueReader.TryReadInt64Item, mapError: MethodErrorTable.Mapper<ItemError>(["NOT_FOUND"]));

    public static TheoryData<HttpStatusCode, string, string> Answers => new()
    {
        { HttpStatusCode.BadRequest, "application/json", $$"""{"error":"NOT_FOUND","error_description":"Nothing at {{EchoedPath}}"}""" },
        { HttpStatusCode.BadRequest, "application/json", $$"""{"error":"WRONG_{{Secret}}","error_description":"Nothing at {{EchoedPath}}"}""" },
        { HttpStatusCode.Forbidden, "application/json", $$$"""{"error":{"code":"ACCESS_DENIED","message":"Denied for {{{EchoedPath}}}","validation":[]}}""" },
        { HttpStatusCode.BadRequest, "application/json", $$$"""{"error":{"code":"V","message":"Invalid","validation":[{"field":"{{{Secret}}}","message":"Denied for {{{EchoedPath}}}"}]}}""" },
        { HttpStatusCode.NotFound, "text/html", $"<html><body>Not found: {EchoedPath}</body></html>" },
        { HttpStatusCode.OK, "application/json", $$"""{"time":{},"note":"{{EchoedPath}}"}""" },
        { HttpStatusCode.InternalServerError, "application/json", $$"""{"error":"","note":"{{EchoedPath}}"}""" },
    };

    private enum ItemError
    {
        NotFound,
    }

    [Theory]
    [MemberData(nameof(Answers))]
    public async Task Error_texts_quoting_the_secret_are_redacted(HttpStatusCode status, string contentType, string body)
    {
        var logger = new CapturingLogger<Bitrix24Client>();
        using var client = new Bitrix24Client(new Bitrix24ClientOptions { WebhookUrl = Webhook, RateLimit = { Enabled = false }, Retry = { MaxRetries = 0 } }, new HttpClient(StubHandler.Json(body, status, contentType)), logger);

        var error = await Assert.ThrowsAnyAsync<Bitrix24Exception>(() => client.SendAsync(Get, null, TestContext.Current.CancellationToken));

        AssertRedacted(error);
        Assert.Contains("/rest/5/***/test.item.get", error.RawBody);
        Assert.All(logger.Lines, line => Assert.DoesNotContain(Secret, line));
    }

    [Fact]
    public async Task A_documented_error_stays_typed_with_its_texts_redacted()
    {
        using var client = Client($$"""{"error":"NOT_FOUND","error_description":"Nothing at {{EchoedPath}}"}""", HttpStatusCode.BadRequest);

        var error = await Assert.ThrowsAsync<Bitrix24MethodException<ItemError>>(() => client.SendAsync(Get, null, TestContext.Current.CancellationToken));

        Assert.Equal(ItemError.NotFound, error.MethodError);
        Assert.Equal("Nothing at /rest/5/***/test.item.get", error.Description);
        AssertRedacted(error);
    }

    [Fact]
    public async Task A_batch_commands_error_quoting_the_secret_is_redacted()
    {
        using var client = Client($$$"""{"result":{"result":[],"result_error":{"c0":{"error":"NOT_FOUND","error_description":"Nothing at {{{EchoedPath}}}"}},"result_total":[],"result_next":[],"result_time":[]},"time":{}}""", HttpStatusCode.OK);
        var batch = client.Batch();
        var call = batch.SendAsync(Get, null, TestContext.Current.CancellationToken);

        await batch.ExecuteAsync(TestContext.Current.CancellationToken);

        AssertRedacted(await Assert.ThrowsAnyAsync<Bitrix24Exception>(() => call));
    }

    private static Bitrix24Client Client(string body, HttpStatusCode status)
        => new(new Bitrix24ClientOptions { WebhookUrl = Webhook, RateLimit = { Enabled = false }, Retry = { MaxRetries = 0 } }, new HttpClient(StubHandler.Json(body, status)));

    private static void AssertRedacted(Bitrix24Exception error)
    {
        foreach (var text in new[] { error.Message, error.Description, error.Code, error.RawBody, error.ToString(), error.Error.ToString() })
        {
            Assert.DoesNotContain(Secret, text);
        }
    }
}
