using System;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Bitrix24.Testing.Limits;
using Bitrix24.Testing.Profiles;
using static Bitrix24.Testing.Tests.PortalHttp;

namespace Bitrix24.Testing.Tests;

/// <summary>The request-rate limit (leaky bucket) and the per-method operating limit.</summary>
public sealed class LimitTests
{
    [Fact]
    public async Task A_request_above_the_bucket_is_refused_unexecuted_and_passes_after_the_bucket_drains()
    {
        await using var portal = await FakePortal.StartAsync(TestContext.Current.CancellationToken);
        portal.Crm.SeedDeals(1);
        portal.Limits.RequestRate = new FakeRequestRate(capacity: 3, drainPerSecond: 1);

        var statuses = new[]
        {
            (await Post(portal.WebhookUrl + "crm.deal.get", "{\"id\":1}")).Status,
            (await Post(portal.WebhookUrl + "crm.deal.get", "{\"id\":1}")).Status,
            (await Post(portal.WebhookUrl + "crm.deal.get", "{\"id\":1}")).Status,
        };
        var (refused, error) = await Post(portal.WebhookUrl + "crm.deal.get", "{\"id\":1}");

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal((HttpStatusCode.ServiceUnavailable, "QUERY_LIMIT_EXCEEDED"), (refused, error.GetProperty("error").GetString()));
        Assert.Equal(3, portal.Executions.Count);
        Assert.Equal(1, portal.Limits.RejectedRequests);

        await Task.Delay(TimeSpan.FromSeconds(1.5), TestContext.Current.CancellationToken);
        var (later, _) = await Post(portal.WebhookUrl + "crm.deal.get", "{\"id\":1}");
        Assert.Equal(HttpStatusCode.OK, later);
    }

    [Fact]
    public async Task A_batch_is_one_request_for_the_rate_limit_whatever_it_holds()
    {
        await using var portal = await FakePortal.StartAsync(TestContext.Current.CancellationToken);
        portal.Crm.SeedDeals(1);
        portal.Limits.RequestRate = new FakeRequestRate(capacity: 1, drainPerSecond: 0.01);

        var (status, _) = await Post(portal.WebhookUrl + "batch", """{"cmd": ["crm.deal.get?id=1", "crm.deal.get?id=1", "crm.deal.get?id=1"]}""");
        var (next, _) = await Post(portal.RestrictedWebhookUrl + "crm.deal.get", "{\"id\":1}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(3, portal.Executions.Count);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, next);
    }

    [Fact]
    public async Task A_method_over_its_operating_budget_is_refused_with_429_while_other_methods_run()
    {
        await using var portal = await FakePortal.StartAsync(TestContext.Current.CancellationToken);
        portal.Crm.SeedDeals(1);
        portal.Limits.Operating = new FakeOperatingLimit(budgetSeconds: 1, costPerCallSeconds: 0.5, basket: TimeSpan.FromSeconds(1), baskets: 3);

        var (_, first) = await Post(portal.WebhookUrl + "crm.deal.get", "{\"id\":1}");
        var (_, second) = await Post(portal.WebhookUrl + "crm.deal.get", "{\"id\":1}");
        var (refused, error) = await Post(portal.WebhookUrl + "crm.deal.get", "{\"id\":1}");
        var (other, otherJson) = await Post(portal.WebhookUrl + "crm.deal.list", "{}");

        Assert.Equal(0.5, first.GetProperty("time").GetProperty("operating").GetDouble());
        Assert.Equal(1.0, second.GetProperty("time").GetProperty("operating").GetDouble());
        var resetAt = second.GetProperty("time").GetProperty("operating_reset_at").GetInt64();
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        Assert.InRange(resetAt, now, now + 4);
        Assert.Equal((HttpStatusCode.TooManyRequests, "OPERATION_TIME_LIMIT"), (refused, error.GetProperty("error").GetString()));
        Assert.Equal(HttpStatusCode.OK, other);
        Assert.Equal(0.5, otherJson.GetProperty("time").GetProperty("operating").GetDouble());
        Assert.Equal(2, portal.Executions.Count(e => e.Method == "crm.deal.get"));

        while (DateTimeOffset.UtcNow.ToUnixTimeSeconds() <= resetAt)
        {
            await Task.Delay(200, TestContext.Current.CancellationToken);
        }

        var (again, _) = await Post(portal.WebhookUrl + "crm.deal.get", "{\"id\":1}");
        Assert.Equal(HttpStatusCode.OK, again);
    }

    [Fact]
    public async Task Batch_commands_count_for_their_own_method_and_a_per_method_cost_applies()
    {
        // A batch entry's time carries operating only on portals that write the full time block.
        await using var portal = await FakePortal.StartAsync(new FakePortalOptions { TimeBlock = FakeTimeBlock.Full }, TestContext.Current.CancellationToken);
        portal.Crm.SeedDeals(1);
        var limit = new FakeOperatingLimit(budgetSeconds: 10, costPerCallSeconds: 0.5, basket: TimeSpan.FromMinutes(1), baskets: 10);
        limit.SetCost("crm.deal.add", 5);
        portal.Limits.Operating = limit;

        var (_, json) = await Post(portal.WebhookUrl + "batch", """{"cmd": {"a1": "crm.deal.add?fields[TITLE]=x", "g": "crm.deal.get?id=1", "a2": "crm.deal.add?fields[TITLE]=y", "a3": "crm.deal.add?fields[TITLE]=z"}}""");
        var (webhook2, _) = await Post(portal.RestrictedWebhookUrl + "crm.deal.add", "{\"fields\": {}}");

        var batch = json.GetProperty("result");
        Assert.Equal(5.0, batch.GetProperty("result_time").GetProperty("a1").GetProperty("operating").GetDouble());
        Assert.Equal(0.5, batch.GetProperty("result_time").GetProperty("g").GetProperty("operating").GetDouble());
        Assert.Equal(10.0, batch.GetProperty("result_time").GetProperty("a2").GetProperty("operating").GetDouble());
        Assert.Equal("OPERATION_TIME_LIMIT", batch.GetProperty("result_error").GetProperty("a3").GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, webhook2);
    }
}
