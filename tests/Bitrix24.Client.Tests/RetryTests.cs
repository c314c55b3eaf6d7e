using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text;
using System.Threading.Tasks;
using Bitrix24.Client.Errors;
using Bitrix24.Client.Json;
using Bitrix24.Client.Transport;
using Bitrix24.Tests.Shared.Http;

namespace Bitrix24.Client.Tests;

/// <summary>What is retried and what is not: reads on transient faults, writes only when they provably did not run.</summary>
public sealed class RetryTests
{
    private const string Webhook = "https://retry.example/rest/5/r3tryS3cr3t00000/";

    private static readonly Bitrix24Method<long> Read = new("test.item.get", 2, isRead: true, JsonValueReader.TryReadInt64Item, mapError: null);
    private static readonly Bitrix24Method<long> Write = new("test.item.add", 2, isRead: false, JsonValueReader.TryReadInt64Item, mapError: null);
    private static readonly Bitrix24Method<long> Rest3Write = new("test.item.add", 3, isRead: false, JsonValueReader.TryReadInt64Item, mapError: null);

    [Fact]
    public async Task A_read_is_retried_after_a_server_fault()
    {
        var handler = Sequence(Answer(HttpStatusCode.InternalServerError, """{"error":"INTERNAL_SERVER_ERROR","error_description":"Internal server error"}"""), Ok());
        using var client = Client(handler);

        var response = await client.SendAsync(Read, null, TestContext.Current.CancellationToken);

        Assert.Equal(1, response.Result);
        Assert.Equal(2, handler.Requests.Count);
        Assert.Equal(1, client.Statistics.Retries);
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError, """{"error":"INTERNAL_SERVER_ERROR","error_description":"Internal server error"}""")]
    [InlineData(HttpStatusCode.BadGateway, "<html><body>Bad gateway</body></html>")]
    [InlineData(HttpStatusCode.OK, """{"result":1,"ti""")]
    public async Task A_write_that_may_have_run_is_never_sent_again(HttpStatusCode status, string body)
    {
        var handler = Sequence(Answer(status, body), Ok());
        using var client = Client(handler);

        await Assert.ThrowsAnyAsync<Bitrix24Exception>(() => client.SendAsync(Write, null, TestContext.Current.CancellationToken));

        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task A_write_refused_by_the_rate_limit_is_sent_again()
    {
        var handler = Sequence(Answer(HttpStatusCode.ServiceUnavailable, """{"error":"QUERY_LIMIT_EXCEEDED","error_description":"Too many requests"}"""), Ok());
        using var client = Client(handler);

        var response = await client.SendAsync(Write, null, TestContext.Current.CancellationToken);

        Assert.Equal(1, response.Result);
        Assert.Equal(2, handler.Requests.Count);
        Assert.Equal(1, client.Statistics.LimitRefusals);
    }

    [Fact]
    public async Task Overload_limit_is_a_typed_error_and_never_retried()
    {
        var handler = Sequence(Answer(HttpStatusCode.ServiceUnavailable, """{"error":"OVERLOAD_LIMIT","error_description":"REST API is blocked due to overload."}"""), Ok());
        using var client = Client(handler);

        var error = await Assert.ThrowsAsync<Bitrix24Exception>(() => client.SendAsync(Read, null, TestContext.Current.CancellationToken));

        Assert.Equal(Bitrix24SystemError.OverloadLimit, error.SystemError);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task A_write_whose_connection_never_opened_is_sent_again()
    {
        var calls = 0;
        var handler = new StubHandler((_, _) => ++calls == 1
            ? throw new HttpRequestException("Connection refused", new SocketException((int)SocketError.ConnectionRefused))
            : Task.FromResult(Ok()()));
        using var client = Client(handler);

        var response = await client.SendAsync(Write, null, TestContext.Current.CancellationToken);

        Assert.Equal(1, response.Result);
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task A_write_whose_connection_dropped_after_sending_is_not_sent_again()
    {
        var handler = new StubHandler((_, _) => throw new HttpRequestException("The response ended prematurely.", new IOException("reset")));
        using var client = Client(handler);

        var error = await Assert.ThrowsAsync<Bitrix24TransportException>(() => client.SendAsync(Write, null, TestContext.Current.CancellationToken));

        Assert.True(error.MayHaveRun);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task A_rest3_write_is_retried_under_one_idempotency_key()
    {
        var handler = Sequence(Answer(HttpStatusCode.BadGateway, "<html>Bad gateway</html>"), Answer(HttpStatusCode.InternalServerError, """{"error":{"code":"INTERNAL","message":"x"}}"""), Ok(), Ok());
        using var client = Client(handler);

        await client.SendAsync(Rest3Write, null, TestContext.Current.CancellationToken);
        await client.SendAsync(Rest3Write, null, TestContext.Current.CancellationToken);

        var keys = handler.Requests.Select(request => request.Request.Headers.GetValues("Idempotency-Key").Single()).ToList();
        Assert.Equal(4, keys.Count);
        Assert.Equal(keys[0], keys[1]);
        Assert.Equal(keys[0], keys[2]);
        Assert.NotEqual(keys[0], keys[3]);
    }

    [Fact]
    public async Task Reads_and_rest2_writes_carry_no_idempotency_key()
    {
        var handler = Sequence(Ok(), Ok());
        using var client = Client(handler);

        await client.SendAsync(Read, null, TestContext.Current.CancellationToken);
        await client.SendAsync(Write, null, TestContext.Current.CancellationToken);

        Assert.All(handler.Requests, request => Assert.False(request.Request.Headers.Contains("Idempotency-Key")));
    }

    private static Bitrix24Client Client(StubHandler handler)
        => new(new Bitrix24ClientOptions { WebhookUrl = Webhook, RateLimit = { DrainPerSecond = 1000 }, Retry = { BaseDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(5) } }, new HttpClient(handler));

    private static StubHandler Sequence(params Func<HttpResponseMessage>[] answers)
    {
        var queue = new Queue<Func<HttpResponseMessage>>(answers);
        return new StubHandler((_, _) => Task.FromResult(queue.Dequeue()()));
    }

    private static Func<HttpResponseMessage> Ok() => Answer(HttpStatusCode.OK, """{"result":1,"time":{"operating":0}}""");

    private static Func<HttpResponseMessage> Answer(HttpStatusCode status, string body)
        => () => new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, body.StartsWith('<') ? "text/html" : "application/json") };
}
