using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Threading.Tasks;
using static Bitrix24.Testing.Tests.PortalHttp;

namespace Bitrix24.Testing.Tests;

/// <summary>The edges of REST 2 list paging real portals show: <c>total: 0</c> without a count, <c>next == total</c>.</summary>
public sealed class ListEdgeTests
{
    [Theory]
    [InlineData("{\">ID\": 60}", 50)]
    [InlineData("{\">ID\": 1000}", 0)]
    public async Task Start_minus_one_answers_total_zero_and_no_next(string filter, int rows)
    {
        await using var portal = await FakePortal.StartAsync(new FakePortalOptions { NextAtTotal = true }, TestContext.Current.CancellationToken);
        portal.Crm.SeedDeals(120);

        var (_, json) = await Post(portal.WebhookUrl + "crm.deal.list", $$"""{"start": -1, "filter": {{filter}}}""");

        Assert.Equal(rows, json.GetProperty("result").GetArrayLength());
        Assert.Equal(JsonValueKind.Number, json.GetProperty("total").ValueKind);
        Assert.Equal(0, json.GetProperty("total").GetInt64());
        Assert.False(json.TryGetProperty("next", out _));
    }

    [Fact]
    public async Task A_batch_of_start_minus_one_commands_has_a_zero_result_total_and_no_result_next()
    {
        await using var portal = await FakePortal.StartAsync(TestContext.Current.CancellationToken);
        portal.Crm.SeedDeals(120);

        var (_, json) = await Post(portal.WebhookUrl + "batch", """
            {"cmd": {"fast": "crm.deal.list?start=-1&select[]=ID", "counted": "crm.deal.list?select[]=ID"}}
            """);

        var batch = json.GetProperty("result");
        Assert.Equal("{\"fast\":0,\"counted\":120}", batch.GetProperty("result_total").GetRawText());
        Assert.Equal("{\"counted\":50}", batch.GetProperty("result_next").GetRawText());
    }

    [Theory]
    [InlineData(false, 100, "50:50/100, 50:-/100")]
    [InlineData(false, 120, "50:50/120, 50:100/120, 20:-/120")]
    [InlineData(true, 100, "50:50/100, 50:100/100, 0:-/100")]
    [InlineData(true, 120, "50:50/120, 50:100/120, 20:120/120, 0:-/120")]
    [InlineData(true, 30, "30:30/30, 0:-/30")]
    [InlineData(true, 0, "0:-/0")]
    public async Task Next_at_total_gives_the_last_rows_a_next_and_then_an_empty_page(bool nextAtTotal, int deals, string pages)
    {
        await using var portal = await FakePortal.StartAsync(new FakePortalOptions { NextAtTotal = nextAtTotal }, TestContext.Current.CancellationToken);
        if (deals > 0)
        {
            portal.Crm.SeedDeals(deals);
        }

        Assert.Equal(pages, await Walk(portal));
    }

    [Fact]
    public async Task Next_does_not_advance_still_answers_the_start_asked_for_on_the_last_page()
    {
        await using var portal = await NextAtTotalWith(FakeListFault.NextDoesNotAdvance);

        var (_, first) = await Post(portal.WebhookUrl + "crm.deal.list", """{"start": 0, "select": ["ID"]}""");
        var (_, last) = await Post(portal.WebhookUrl + "crm.deal.list", """{"start": 100, "select": ["ID"]}""");
        var (_, after) = await Post(portal.WebhookUrl + "crm.deal.list", """{"start": 120, "select": ["ID"]}""");

        Assert.Equal(0, first.GetProperty("next").GetInt64());
        Assert.Equal(100, last.GetProperty("next").GetInt64());
        Assert.False(after.TryGetProperty("next", out _));
    }

    [Fact]
    public async Task Ignores_start_still_answers_next_past_total()
    {
        await using var portal = await NextAtTotalWith(FakeListFault.IgnoresStart);

        var (_, json) = await Post(portal.WebhookUrl + "crm.deal.list", """{"start": 150, "select": ["ID"]}""");

        Assert.Equal(50, json.GetProperty("result").GetArrayLength());
        Assert.Equal((200L, 120L), (json.GetProperty("next").GetInt64(), json.GetProperty("total").GetInt64()));
    }

    private static async Task<FakePortal> NextAtTotalWith(FakeListFault fault)
    {
        var portal = await FakePortal.StartAsync(new FakePortalOptions { NextAtTotal = true }, TestContext.Current.CancellationToken);
        portal.Crm.SeedDeals(120);
        portal.Faults.ListFault = fault;
        return portal;
    }

    /// <summary>Follows <c>next</c> from the start; each page as <c>rows:next/total</c> (<c>-</c> for no next).</summary>
    private static async Task<string> Walk(FakePortal portal)
    {
        var pages = new List<string>();
        long? start = 0;
        while (start is { } at && pages.Count < 10)
        {
            var (_, json) = await Post(portal.WebhookUrl + "crm.deal.list", $$"""{"start": {{at}}, "select": ["ID"]}""");
            start = json.TryGetProperty("next", out var next) ? next.GetInt64() : null;
            pages.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"{json.GetProperty("result").GetArrayLength()}:{(start is null ? "-" : start)}/{json.GetProperty("total").GetInt64()}"));
        }

        return string.Join(", ", pages);
    }
}
