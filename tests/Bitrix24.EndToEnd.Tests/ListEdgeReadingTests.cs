using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Bitrix24.Client;
using Bitrix24.Generated;
using Bitrix24.Generated.Crm;
using Bitrix24.Testing;

namespace Bitrix24.EndToEnd.Tests;

#pragma warning disable CS0618 // crm.deal.list is deprecated; the fake implements it.

/// <summary>
/// The client's list reads over the list edges real portals show: <c>next == total</c> followed by an empty page, and
/// <c>total: 0</c> on <c>start=-1</c> pages. Every row once, in order, no error, no request more than the edge needs.
/// </summary>
public sealed class ListEdgeReadingTests
{
    [Theory]
    [InlineData(100, 3)]
    [InlineData(120, 4)]
    [InlineData(30, 2)]
    public async Task Paging_reads_the_empty_page_after_next_equal_to_total_and_stops(int deals, int requests)
    {
        await using var portal = await LeakScan.StartPortalAsync(TestContext.Current.CancellationToken);
        var first = portal.Crm.SeedDeals(deals);
        portal.Options.NextAtTotal = true;
        using var client = new Bitrix24Client(portal.WebhookUrl);

        var ids = await new Bitrix24Api(client).Crm.Deal.ListAllAsync(cancellationToken: TestContext.Current.CancellationToken).Select(Id).ToListAsync(TestContext.Current.CancellationToken);

        Assert.Equal(Enumerable.Range(0, deals).Select(offset => first + offset), ids);
        Assert.Equal(requests, portal.Calls.Count(call => call.Method == "crm.deal.list"));
    }

    [Theory]
    [InlineData(120, 2, 2)]
    [InlineData(100, 2, 2)]
    [InlineData(100, 50, 1)]
    public async Task Bulk_read_takes_total_zero_pages_and_stops_at_the_short_or_empty_one(int deals, int pagesPerRequest, int requests)
    {
        await using var portal = await LeakScan.StartPortalAsync(TestContext.Current.CancellationToken);
        var first = portal.Crm.SeedDeals(deals);
        portal.Options.NextAtTotal = true;
        using var client = new Bitrix24Client(portal.WebhookUrl);

        var ids = await new Bitrix24Api(client).Crm.Deal
            .ListBulkAsync(options: new() { PagesPerRequest = pagesPerRequest }, cancellationToken: TestContext.Current.CancellationToken)
            .Select(Id)
            .ToListAsync(TestContext.Current.CancellationToken);

        Assert.Equal(Enumerable.Range(0, deals).Select(offset => first + offset), ids);
        Assert.Equal(requests, portal.Calls.Count(call => call.Method == "batch"));
    }

    [Fact]
    public async Task A_start_minus_one_list_call_in_a_batch_reads_total_zero_and_no_next()
    {
        await using var portal = await LeakScan.StartPortalAsync(TestContext.Current.CancellationToken);
        portal.Crm.SeedDeals(120);
        using var client = new Bitrix24Client(portal.WebhookUrl);
        var batch = client.Batch();
        var api = new Bitrix24Api(batch);

        var fast = api.Crm.Deal.ListAsync(new DealListRequest { Start = -1, Select = ["ID"] }, TestContext.Current.CancellationToken);
        var counted = api.Crm.Deal.ListAsync(new DealListRequest { Select = ["ID"] }, TestContext.Current.CancellationToken);
        await batch.ExecuteAsync(TestContext.Current.CancellationToken);

        Assert.Equal((0L, (long?)null), ((await fast).Total, (await fast).Next));
        Assert.Equal((120L, (long?)50), ((await counted).Total, (await counted).Next));
        Assert.Equal(50, (await fast).Result.Count);
    }

    private static long Id(Bitrix24.Generated.Crm.DealGet.Deal row) => row.Id ?? throw new System.InvalidOperationException("a deal row without ID");
}
