using System;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using static Bitrix24.Testing.Tests.PortalHttp;

namespace Bitrix24.Testing.Tests;

/// <summary>REST 3.0 <c>Idempotency-Key</c>: replays, reuse with another body, errors, invalid keys, REST 2, concurrency.</summary>
public sealed class IdempotencyTests
{
    private const string AddTask = """{"fields": {"title": "Report", "creatorId": 1, "responsibleId": 1}}""";

    [Fact]
    public async Task A_repeat_with_the_same_key_and_body_replays_the_answer_without_running_again()
    {
        await using var portal = await FakePortal.StartAsync(TestContext.Current.CancellationToken);

        var first = await Send(portal.Rest3() + "tasks.task.add", AddTask, "key-1");
        var repeat = await Send(portal.Rest3() + "tasks.task.add", AddTask, "key-1");

        Assert.Equal((HttpStatusCode.OK, "key-1", null), (first.Status, first.IdempotencyKey, first.Replayed));
        Assert.Equal((HttpStatusCode.OK, "key-1", "true"), (repeat.Status, repeat.IdempotencyKey, repeat.Replayed));
        Assert.Equal(first.Body, repeat.Body);
        var execution = Assert.Single(portal.Executions);
        Assert.Equal(("tasks.task.add", "key-1", true), (execution.Method, execution.IdempotencyKey, execution.IsWrite));
        Assert.Single(portal.Tasks.All);
        Assert.Equal(0, portal.Idempotency.ConcurrentUses);
    }

    [Fact]
    public async Task The_same_key_with_another_body_is_422_and_keys_are_per_method_and_per_webhook()
    {
        await using var portal = await FakePortal.StartAsync(TestContext.Current.CancellationToken);
        await Send(portal.Rest3() + "tasks.task.add", AddTask, "key-1");

        var reused = await Send(portal.Rest3() + "tasks.task.add", AddTask.Replace("Report", "Other", StringComparison.Ordinal), "key-1");
        var otherUser = await Send(portal.RestrictedWebhookUrl.Replace("/rest/", "/rest/api/", StringComparison.Ordinal) + "tasks.task.add", AddTask, "key-1");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, reused.Status);
        Assert.Contains("BITRIX_REST_V3_EXCEPTION_IDEMPOTENCYKEYREUSEDEXCEPTION", reused.Body, StringComparison.Ordinal);
        Assert.Equal("key-1", reused.IdempotencyKey);
        Assert.Equal((HttpStatusCode.Forbidden, null), (otherUser.Status, otherUser.Replayed));
        Assert.Single(portal.Tasks.All);
    }

    [Fact]
    public async Task An_error_is_not_stored_so_the_repeat_runs_again()
    {
        await using var portal = await FakePortal.StartAsync(TestContext.Current.CancellationToken);
        const string invalid = """{"fields": {"creatorId": 1, "responsibleId": 1}}""";

        var first = await Send(portal.Rest3() + "tasks.task.add", invalid, "key-e");
        var second = await Send(portal.Rest3() + "tasks.task.add", invalid, "key-e");

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (first.Status, second.Status));
        Assert.Equal("key-e", second.IdempotencyKey);
        Assert.Null(second.Replayed);
        Assert.Equal(2, portal.Executions.Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("x", 256)]
    public async Task An_invalid_key_is_400(string key, int repeat = 1)
    {
        await using var portal = await FakePortal.StartAsync(TestContext.Current.CancellationToken);

        var answer = await Send(portal.Rest3() + "tasks.task.add", AddTask, string.Concat(Enumerable.Repeat(key, repeat)));

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Contains("BITRIX_REST_V3_EXCEPTION_INVALIDIDEMPOTENCYKEYEXCEPTION", answer.Body, StringComparison.Ordinal);
        Assert.Empty(portal.Executions);
    }

    [Fact]
    public async Task The_header_is_ignored_on_rest2()
    {
        await using var portal = await FakePortal.StartAsync(TestContext.Current.CancellationToken);

        var first = await Send(portal.WebhookUrl + "crm.deal.add", """{"fields": {"TITLE": "x"}}""", "key-2");
        var second = await Send(portal.WebhookUrl + "crm.deal.add", """{"fields": {"TITLE": "x"}}""", "key-2");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.Status, second.Status));
        Assert.Null(second.IdempotencyKey);
        Assert.Equal(2, portal.Crm.Deals.Count);
        Assert.All(portal.Executions, e => Assert.Null(e.IdempotencyKey));
    }

    [Fact]
    public async Task A_request_arriving_while_another_with_its_key_is_in_flight_is_counted()
    {
        await using var portal = await FakePortal.StartAsync(TestContext.Current.CancellationToken);
        portal.Faults.SlowDelay = TimeSpan.FromSeconds(3);
        portal.Faults.Inject("tasks.task.add", FakeFault.SlowResponse);

        var slow = Send(portal.Rest3() + "tasks.task.add", AddTask, "key-c");
        // A call is recorded once its answer is stored and before the slow delivery; an execution is recorded
        // before the method runs, so waiting for one would race the store.
        while (portal.Calls.Count == 0)
        {
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }

        var overlapping = await Send(portal.Rest3() + "tasks.task.add", AddTask, "key-c");
        await slow;

        Assert.Equal(1, portal.Idempotency.ConcurrentUses);
        Assert.Equal("true", overlapping.Replayed);
    }
}
