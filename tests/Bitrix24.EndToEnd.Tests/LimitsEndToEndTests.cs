using System;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Bitrix24.Client;
using Bitrix24.Generated;
using Bitrix24.Generated.Crm;
using Bitrix24.Generated.V3.Tasks;
using Bitrix24.Testing;
using Bitrix24.Testing.Crm;
using Bitrix24.Testing.Limits;
using Bitrix24.Testing.Tasks;

namespace Bitrix24.EndToEnd.Tests;

/// <summary>The operating limit pauses only the refused method; REST 3.0 lists page through <c>pagination</c>.</summary>
public sealed class LimitsEndToEndTests
{
    [Fact]
    public async Task Operation_time_limit_pauses_only_its_method()
    {
        await using var portal = await LeakScan.StartPortalAsync(TestContext.Current.CancellationToken);
        var deal = portal.Crm.Add(new FakeDeal { Title = "Readable" });

        // Two adds use the method's whole budget; the third is refused until a basket of five seconds is released.
        portal.Limits.Operating = new FakeOperatingLimit(budgetSeconds: 2, costPerCallSeconds: 1, basket: TimeSpan.FromSeconds(5), baskets: 2);
        portal.Limits.Operating.SetCost("crm.deal.get", 0);
        using var client = new Bitrix24Client(new Bitrix24ClientOptions { WebhookUrl = portal.WebhookUrl, OperatingLimit = { BudgetSeconds = 1000 } });
        var api = new Bitrix24Api(client);
        var cancellationToken = TestContext.Current.CancellationToken;

#pragma warning disable CS0618 // crm.deal.add and crm.deal.get are deprecated; the fake implements them.
        await api.Crm.Deal.AddAsync(new DealAddRequest { Fields = new() { Title = "1" } }, cancellationToken);
        await api.Crm.Deal.AddAsync(new DealAddRequest { Fields = new() { Title = "2" } }, cancellationToken);
        var third = api.Crm.Deal.AddAsync(new DealAddRequest { Fields = new() { Title = "3" } }, cancellationToken);
        while (!portal.Calls.Any(call => call.Status == 429))
        {
            await Task.Delay(10, cancellationToken);
        }

        var read = await api.Crm.Deal.GetAsync(new DealGetRequest { Id = deal.Id }, cancellationToken);
        await third;
#pragma warning restore CS0618

        Assert.Equal("Readable", read.Result.Title);
        var calls = portal.Calls.Select(call => (call.Method, call.Status)).ToList();
        Assert.Equal(
            [("crm.deal.add", 200), ("crm.deal.add", 200), ("crm.deal.add", 429), ("crm.deal.get", 200), ("crm.deal.add", 200)],
            calls);
        Assert.Equal(3, portal.Executions.Count(execution => execution.Method == "crm.deal.add"));
        Assert.Equal(1, client.Statistics.LimitRefusals);
        Assert.True(client.Statistics.ThrottleWait > TimeSpan.Zero);
    }

    [Fact]
    public async Task A_refusal_that_carries_its_reset_is_retried_at_that_reset_not_a_minute_later()
    {
        await using var portal = await LeakScan.StartPortalAsync(TestContext.Current.CancellationToken);
        var deal = portal.Crm.Add(new FakeDeal { Title = "Soon" });
        using var client = new Bitrix24Client(portal.WebhookUrl);
        var api = new Bitrix24Api(client);

#pragma warning disable CS0618 // crm.deal.get is deprecated; the fake implements it.
        // A first call warms the connection up, so the refusal below arrives well before its reset.
        await api.Crm.Deal.GetAsync(new DealGetRequest { Id = deal.Id }, TestContext.Current.CancellationToken);
        var resetAt = DateTimeOffset.UtcNow.AddSeconds(3).ToUnixTimeSeconds();
        portal.Faults.InjectRaw("crm.deal.get", 429, "application/json", $$$"""{"error": "OPERATION_TIME_LIMIT", "error_description": "Method is blocked due to operation time limit.", "time": {"operating": 500, "operating_reset_at": {{{resetAt}}}}}""");
        var read = await api.Crm.Deal.GetAsync(new DealGetRequest { Id = deal.Id }, TestContext.Current.CancellationToken);
#pragma warning restore CS0618

        Assert.Equal("Soon", read.Result.Title);
        Assert.Equal([200, 429, 200], portal.Calls.Select(call => call.Status));

        // The pause recorded is the refusal's own: at most its three seconds plus the one-second margin, not a 60-second basket.
        Assert.InRange(client.Statistics.ThrottleWait, TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(4));
    }

    [Fact]
    public async Task An_absurd_operating_answer_holds_the_method_for_ten_minutes_at_most()
    {
        await using var portal = await LeakScan.StartPortalAsync(TestContext.Current.CancellationToken);
        var deal = portal.Crm.Add(new FakeDeal { Title = "Hostile" });
        var year2100 = new DateTimeOffset(2100, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds();
        portal.Faults.InjectRaw("crm.deal.get", 200, "application/json", $$$"""{"result": {"ID": "{{{deal.Id}}}"}, "time": {"operating": 1e9, "operating_reset_at": {{{year2100}}}}}""");
        using var client = new Bitrix24Client(portal.WebhookUrl);
        var api = new Bitrix24Api(client);

#pragma warning disable CS0618 // crm.deal.get is deprecated; the fake implements it.
        await api.Crm.Deal.GetAsync(new DealGetRequest { Id = deal.Id }, TestContext.Current.CancellationToken);
        using var giveUp = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        giveUp.CancelAfter(TimeSpan.FromMilliseconds(300));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => api.Crm.Deal.GetAsync(new DealGetRequest { Id = deal.Id }, giveUp.Token));
#pragma warning restore CS0618

        // The second call waited (it was cancelled while waiting) for the window's ten minutes, not until 2100, and
        // did not fail with the longest-pause error either.
        Assert.Equal(TimeSpan.FromMinutes(10), client.Statistics.ThrottleWait);
        Assert.Single(portal.Calls);
    }

    [Fact]
    public async Task Rest3_lists_page_through_pagination()
    {
        await using var portal = await LeakScan.StartPortalAsync(TestContext.Current.CancellationToken);
        foreach (var i in Enumerable.Range(1, 120))
        {
            portal.Tasks.Add(new FakeTask { Title = $"Task {i}" });
        }

        using var client = new Bitrix24Client(portal.WebhookUrl);

        var titles = await new Bitrix24Api(client).V3.Tasks.Task
            .ListAllAsync(new TaskListRequest { Select = [Json("\"id\""), Json("\"title\"")], Pagination = Json("""{"limit": 50}""") }, TestContext.Current.CancellationToken)
            .Select(row => row.Title)
            .ToListAsync(TestContext.Current.CancellationToken);

        Assert.Equal(Enumerable.Range(1, 120).Select(i => $"Task {i}"), titles);
        Assert.Equal(3, portal.Calls.Count(call => call.Method == "tasks.task.list"));
    }

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();
}
