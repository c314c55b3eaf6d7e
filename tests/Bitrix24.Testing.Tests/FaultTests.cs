using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using static Bitrix24.Testing.Tests.PortalHttp;

namespace Bitrix24.Testing.Tests;

/// <summary>Injected faults: which run the method and which do not, and what the caller sees.</summary>
public sealed class FaultTests
{
    private const string AddDeal = """{"fields": {"TITLE": "Once"}}""";

    [Theory]
    [InlineData(FakeFault.Http500, HttpStatusCode.InternalServerError, "application/json", "INTERNAL_SERVER_ERROR")]
    [InlineData(FakeFault.Http502Html, HttpStatusCode.BadGateway, "text/html", "<html>")]
    [InlineData(FakeFault.Http503Html, HttpStatusCode.ServiceUnavailable, "text/html", "<html>")]
    [InlineData(FakeFault.QueryLimitExceeded, HttpStatusCode.ServiceUnavailable, "application/json", "QUERY_LIMIT_EXCEEDED")]
    [InlineData(FakeFault.OverloadLimit, HttpStatusCode.ServiceUnavailable, "application/json", "OVERLOAD_LIMIT")]
    [InlineData(FakeFault.HtmlErrorPage, HttpStatusCode.OK, "text/html", "<html>")]
    public async Task Refusing_faults_answer_without_running_the_method_once(FakeFault fault, HttpStatusCode status, string mediaType, string bodyPart)
    {
        await using var portal = await FakePortal.StartAsync(TestContext.Current.CancellationToken);
        portal.Faults.Inject("crm.deal.add", fault);

        var faulted = await Send(portal.WebhookUrl + "crm.deal.add", AddDeal);
        var next = await Send(portal.WebhookUrl + "crm.deal.add", AddDeal);

        Assert.Equal((status, mediaType), (faulted.Status, faulted.MediaType));
        Assert.Contains(bodyPart, faulted.Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, next.Status);
        Assert.Single(portal.Executions);
        Assert.Equal(fault, portal.Calls[0].Fault);
    }

    [Fact]
    public async Task Truncated_json_runs_the_method_and_cuts_the_body()
    {
        await using var portal = await FakePortal.StartAsync(TestContext.Current.CancellationToken);
        portal.Faults.Inject("crm.deal.add", FakeFault.TruncatedJson);

        var answer = await Send(portal.WebhookUrl + "crm.deal.add", AddDeal);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.StartsWith("{\"result\":1", answer.Body, StringComparison.Ordinal);
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(answer.Body));
        Assert.Single(portal.Executions);
    }

    [Fact]
    public async Task A_slow_response_runs_the_method_and_outlasts_a_short_client_timeout()
    {
        await using var portal = await FakePortal.StartAsync(TestContext.Current.CancellationToken);
        portal.Faults.SlowDelay = TimeSpan.FromSeconds(30);
        portal.Faults.Inject("crm.deal.add", FakeFault.SlowResponse);
        using var impatient = new HttpClient { Timeout = TimeSpan.FromMilliseconds(500) };

        await Assert.ThrowsAnyAsync<TaskCanceledException>(() => Send(portal.WebhookUrl + "crm.deal.add", AddDeal, http: impatient));

        Assert.Single(portal.Executions);
        Assert.Single(portal.Crm.Deals);
    }

    [Fact]
    public async Task A_connection_reset_aborts_before_running_the_method()
    {
        await using var portal = await FakePortal.StartAsync(TestContext.Current.CancellationToken);
        portal.Faults.Inject("crm.deal.add", FakeFault.ConnectionReset);

        await Assert.ThrowsAsync<HttpRequestException>(() => Send(portal.WebhookUrl + "crm.deal.add", AddDeal));

        Assert.Empty(portal.Executions);
        Assert.Empty(portal.Crm.Deals);
        Assert.Equal(0, Assert.Single(portal.Calls).Status);
    }

    [Fact]
    public async Task A_lost_response_runs_the_method_then_aborts_the_connection()
    {
        await using var portal = await FakePortal.StartAsync(TestContext.Current.CancellationToken);
        portal.Faults.Inject("crm.deal.add", FakeFault.LostResponse);

        await Assert.ThrowsAsync<HttpRequestException>(() => Send(portal.WebhookUrl + "crm.deal.add", AddDeal));

        Assert.True(Assert.Single(portal.Executions).IsWrite);
        Assert.Single(portal.Crm.Deals);
    }

    [Fact]
    public async Task Every_nth_request_gets_the_fault_until_stopped()
    {
        await using var portal = await FakePortal.StartAsync(TestContext.Current.CancellationToken);
        portal.Crm.SeedDeals(1);
        portal.Faults.EveryNthRequest(3, FakeFault.Http500);

        var statuses = new System.Collections.Generic.List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            statuses.Add((await Send(portal.WebhookUrl + "crm.deal.get", "{\"id\":1}")).Status);
        }

        portal.Faults.Stop();
        statuses.Add((await Send(portal.WebhookUrl + "crm.deal.get", "{\"id\":1}")).Status);

        Assert.Equal(
            [HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.InternalServerError, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.InternalServerError, HttpStatusCode.OK],
            statuses);
        Assert.Equal(5, portal.Executions.Count);
    }

    [Fact]
    public async Task A_fault_for_batch_hits_the_whole_batch_and_rest3_errors_keep_their_shape()
    {
        await using var portal = await FakePortal.StartAsync(TestContext.Current.CancellationToken);
        portal.Faults.Inject("batch", FakeFault.Http500);
        portal.Faults.Inject("tasks.task.get", FakeFault.OverloadLimit);

        var batch = await Send(portal.WebhookUrl + "batch", """{"cmd": {"a": "crm.deal.add?fields[TITLE]=x"}}""");
        var (status, rest3) = await Post(portal.Rest3() + "tasks.task.get", """{"id": 1}""");

        Assert.Equal(HttpStatusCode.InternalServerError, batch.Status);
        Assert.Equal((HttpStatusCode.ServiceUnavailable, "OVERLOAD_LIMIT"), (status, rest3.GetProperty("error").GetProperty("code").GetString()));
        Assert.Empty(portal.Executions);
    }
}
