using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Bitrix24.Client;
using Bitrix24.Client.Errors;
using Bitrix24.Generated;
using Bitrix24.Generated.Crm;
using Bitrix24.Generated.V3.Tasks;
using Bitrix24.Testing;
using Bitrix24.Testing.Batch;
using Bitrix24.Testing.Limits;
using Bitrix24.Testing.Tasks;

namespace Bitrix24.EndToEnd.Tests;

/// <summary>
/// Whole-list reads against the fake portal enforcing a small request-rate bucket, so the sustained regime comes
/// quickly: every row exactly once, no QUERY_LIMIT_EXCEEDED, with faults and with every way a chained reference may fail.
/// Rows per request and pacing are measured in bench/, not asserted here.
/// </summary>
public sealed class BulkReadTests
{
    [Fact]
    public async Task A_hundred_thousand_rows_come_exactly_once_without_tripping_the_limit()
    {
        await using var portal = await LimitedPortal(100_000);
        using var client = PacedClient(portal);

        var ids = await ReadIds(client);

        AssertEveryRowOnce(ids, 100_000);
        Assert.Equal(0, portal.Limits.RejectedRequests);
        Assert.Equal(0, client.Statistics.LimitRefusals);
        Assert.InRange(client.Statistics.Requests, 40, 41);
    }

    [Fact]
    public async Task A_fault_every_ten_requests_still_gives_every_row_once()
    {
        await using var portal = await LimitedPortal(100_000);
        portal.Faults.EveryNthRequest(10, FakeFault.Http500);
        using var client = PacedClient(portal);

        var ids = await ReadIds(client);

        AssertEveryRowOnce(ids, 100_000);
        Assert.Equal(0, portal.Limits.RejectedRequests);
        Assert.True(client.Statistics.Retries >= 4, $"expected retries, saw {client.Statistics.Retries}");
    }

    [Theory]
    [InlineData(FakeUnresolvedReference.Empty)]
    [InlineData(FakeUnresolvedReference.Literal)]
    [InlineData(FakeUnresolvedReference.Error)]
    public async Task A_short_page_inside_a_batch_loses_and_repeats_nothing(FakeUnresolvedReference behaviour)
    {
        await using var portal = await LeakScan.StartPortalAsync(TestContext.Current.CancellationToken);
        portal.Crm.SeedDeals(5_037);
        portal.Batch.UnresolvedReference = behaviour;
        using var client = new Bitrix24Client(portal.WebhookUrl);

        var ids = await ReadIds(client, pagesPerRequest: 30);

        AssertEveryRowOnce(ids, 5_037);
    }

    [Fact]
    public async Task The_filter_of_the_request_is_kept_and_reading_starts_after_its_id()
    {
        await using var portal = await LeakScan.StartPortalAsync(TestContext.Current.CancellationToken);
        var first = portal.Crm.SeedDeals(300);
        using var client = new Bitrix24Client(portal.WebhookUrl);
        var request = new DealListRequest { Filter = JsonDocument.Parse($$"""{">ID": {{first + 99}}, "<=ID": {{first + 250}}}""").RootElement };

#pragma warning disable CS0618 // crm.deal.list is deprecated; the fake implements it.
        var ids = await new Bitrix24Api(client).Crm.Deal.ListBulkAsync(request, cancellationToken: TestContext.Current.CancellationToken).Select(Id).ToListAsync(TestContext.Current.CancellationToken);
#pragma warning restore CS0618

        Assert.Equal(Enumerable.Range(100, 151).Select(offset => first + offset), ids);
    }

    [Fact]
    public async Task Paging_follows_next_through_every_page()
    {
        await using var portal = await LeakScan.StartPortalAsync(TestContext.Current.CancellationToken);
        var first = portal.Crm.SeedDeals(120);
        using var client = new Bitrix24Client(portal.WebhookUrl);

#pragma warning disable CS0618 // crm.deal.list is deprecated; the fake implements it.
        var ids = await new Bitrix24Api(client).Crm.Deal.ListAllAsync(cancellationToken: TestContext.Current.CancellationToken).Select(Id).ToListAsync(TestContext.Current.CancellationToken);
#pragma warning restore CS0618

        Assert.Equal(Enumerable.Range(0, 120).Select(offset => first + offset), ids);
        Assert.Equal(3, portal.Calls.Count(call => call.Method == "crm.deal.list"));
    }

    [Fact]
    public async Task A_portal_that_ignores_the_id_filter_stops_the_bulk_read_after_two_requests()
    {
        await using var portal = await MisbehavingPortal(500, FakeListFault.IgnoresIdFilter);
        using var client = new Bitrix24Client(portal.WebhookUrl);

#pragma warning disable CS0618 // crm.deal.list is deprecated; the fake implements it.
        var (rows, error) = await ReadUntilFormatError(new Bitrix24Api(client).Crm.Deal.ListBulkAsync(cancellationToken: TestContext.Current.CancellationToken));
#pragma warning restore CS0618

        Assert.Contains(">ID", error.Message, StringComparison.Ordinal);
        AssertFiftyDistinct(rows.Select(Id));
        Assert.Equal(2, portal.Calls.Count);
    }

    [Theory]
    [InlineData(FakeListFault.NextDoesNotAdvance, 1)]
    [InlineData(FakeListFault.IgnoresStart, 3)]
    public async Task Paging_that_does_not_move_forward_stops_with_a_format_error(FakeListFault fault, int expectedRequests)
    {
        await using var portal = await MisbehavingPortal(500, fault);
        using var client = new Bitrix24Client(portal.WebhookUrl);

#pragma warning disable CS0618 // crm.deal.list is deprecated; the fake implements it.
        var (rows, _) = await ReadUntilFormatError(new Bitrix24Api(client).Crm.Deal.ListAllAsync(cancellationToken: TestContext.Current.CancellationToken));
#pragma warning restore CS0618

        AssertFiftyDistinct(rows.Select(Id));
        Assert.Equal(expectedRequests, portal.Calls.Count);
    }

    [Fact]
    public async Task Without_ids_to_compare_reading_stops_one_page_past_the_announced_total()
    {
        await using var portal = await MisbehavingPortal(120, FakeListFault.IgnoresStart);
        using var client = new Bitrix24Client(portal.WebhookUrl);

#pragma warning disable CS0618 // crm.deal.list is deprecated; the fake implements it.
        var (rows, error) = await ReadUntilFormatError(new Bitrix24Api(client).Crm.Deal.ListAllAsync(new DealListRequest { Select = ["TITLE"] }, TestContext.Current.CancellationToken));
#pragma warning restore CS0618

        // Rows without ids cannot be told apart, so the announced total of 120 (plus one page of slack) is the bound.
        Assert.Contains("120", error.Message, StringComparison.Ordinal);
        Assert.Equal(200, rows.Count);
        Assert.Equal(4, portal.Calls.Count);
    }

    [Fact]
    public async Task Rest3_paging_that_always_serves_the_first_page_stops_with_a_format_error()
    {
        await using var portal = await LeakScan.StartPortalAsync(TestContext.Current.CancellationToken);
        foreach (var i in Enumerable.Range(1, 200))
        {
            portal.Tasks.Add(new FakeTask { Title = $"Task {i}" });
        }

        portal.Faults.ListFault = FakeListFault.IgnoresPage;
        using var client = new Bitrix24Client(portal.WebhookUrl);

        var (rows, _) = await ReadUntilFormatError(new Bitrix24Api(client).V3.Tasks.Task.ListAllAsync(new TaskListRequest(), TestContext.Current.CancellationToken));

        AssertFiftyDistinct(rows.Select(row => row.Id ?? 0));
        Assert.Equal(3, portal.Calls.Count);
    }

    private static async Task<FakePortal> MisbehavingPortal(int deals, FakeListFault fault)
    {
        var portal = await LeakScan.StartPortalAsync(TestContext.Current.CancellationToken);
        portal.Crm.SeedDeals(deals);
        portal.Faults.ListFault = fault;
        return portal;
    }

    internal static async Task<FakePortal> LimitedPortal(int deals)
    {
        var portal = await LeakScan.StartPortalAsync(TestContext.Current.CancellationToken);
        portal.Crm.SeedDeals(deals);
        portal.Limits.RequestRate = new FakeRequestRate(capacity: 5, drainPerSecond: 4);
        return portal;
    }

    internal static Bitrix24Client PacedClient(FakePortal portal)
        => new(new Bitrix24ClientOptions { WebhookUrl = portal.WebhookUrl, RateLimit = { Capacity = 5, DrainPerSecond = 4 } });

    private static async Task<List<long>> ReadIds(Bitrix24Client client, int pagesPerRequest = 50)
    {
#pragma warning disable CS0618 // crm.deal.list is deprecated; the fake implements it.
        return await new Bitrix24Api(client).Crm.Deal
            .ListBulkAsync(options: new() { PagesPerRequest = pagesPerRequest }, cancellationToken: TestContext.Current.CancellationToken)
            .Select(Id)
            .ToListAsync(TestContext.Current.CancellationToken);
#pragma warning restore CS0618
    }

    /// <summary>Reads until the reader stops with the format error it must stop with; the rows it yielded before.</summary>
    private static async Task<(List<T> Rows, Bitrix24ResponseFormatException Error)> ReadUntilFormatError<T>(IAsyncEnumerable<T> read)
    {
        var rows = new List<T>();
        var error = await Assert.ThrowsAsync<Bitrix24ResponseFormatException>(async () =>
        {
            await foreach (var row in read)
            {
                rows.Add(row);
            }
        });
        return (rows, error);
    }

    private static void AssertFiftyDistinct(IEnumerable<long> ids)
    {
        var list = ids.ToList();
        Assert.Equal(50, list.Count);
        Assert.Equal(50, list.Distinct().Count());
    }

    // The deal rows are typed: the fake's string ids arrive as numbers.
    private static long Id(Bitrix24.Generated.Crm.DealGet.Deal row) => row.Id ?? throw new InvalidOperationException("a deal row without ID");

    private static void AssertEveryRowOnce(List<long> ids, int expected)
    {
        Assert.Equal(expected, ids.Count);
        Assert.Equal(expected, ids.Distinct().Count());
        Assert.True(ids.Zip(ids.Skip(1)).All(pair => pair.First < pair.Second), "rows are not in id order");
    }
}
