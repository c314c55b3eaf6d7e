using System;
using System.Linq;
using System.Threading.Tasks;
using Bitrix24.Client;
using Bitrix24.Client.Errors;
using Bitrix24.Generated;
using Bitrix24.Generated.Crm;
using Bitrix24.Generated.V3.Tasks;

namespace Bitrix24.EndToEnd.Tests;

#pragma warning disable CS0618 // crm.deal.list is deprecated; the fake implements it.

/// <summary>
/// Over HTTP, the generated list members against pages whose rows are not where the spec says: rows inside an
/// <c>items</c> object where <c>result</c> should be the rows (<c>crm.deal.list</c>), a REST 3 page without
/// <c>result.items</c> (<c>tasks.task.list</c>), and rows sent as PHP's position-keyed object. Rows are counted, not
/// read, so the checks hold whatever row type the generator gives.
/// </summary>
public sealed class RowsShapeTests
{
    private const string Json = "application/json";

    [Fact]
    public async Task An_items_object_where_rows_are_expected_stops_ListAllAsync_with_a_format_error_not_one_row()
    {
        await using var portal = await LeakScan.StartPortalAsync(TestContext.Current.CancellationToken);
        portal.Faults.InjectRaw("crm.deal.list", 200, Json, """{"result": {"items": [{"ID": "1"}, {"ID": "2"}]}, "total": 2}""");
        using var client = new Bitrix24Client(portal.WebhookUrl);

        var error = await Assert.ThrowsAsync<Bitrix24ResponseFormatException>(async () => await new Bitrix24Api(client).Crm.Deal.ListAllAsync(cancellationToken: TestContext.Current.CancellationToken).CountAsync(TestContext.Current.CancellationToken));

        Assert.Equal("crm.deal.list", error.Method);
        Assert.Contains("no rows at result;", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rest3_page_without_its_items_member_stops_ListAllAsync_with_a_format_error()
    {
        await using var portal = await LeakScan.StartPortalAsync(TestContext.Current.CancellationToken);
        portal.Faults.InjectRaw("tasks.task.list", 200, Json, """{"result": {"tasks": [{"id": 1}]}}""");
        using var client = new Bitrix24Client(portal.WebhookUrl);

        var error = await Assert.ThrowsAsync<Bitrix24ResponseFormatException>(async () => await new Bitrix24Api(client).V3.Tasks.Task.ListAllAsync(new TaskListRequest(), TestContext.Current.CancellationToken).CountAsync(TestContext.Current.CancellationToken));

        Assert.Equal("tasks.task.list", error.Method);
        Assert.Contains("no rows at result.items; reading stops instead of yielding nothing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_batch_page_without_rows_stops_ListBulkAsync_instead_of_finishing_empty()
    {
        await using var portal = await LeakScan.StartPortalAsync(TestContext.Current.CancellationToken);
        portal.Crm.SeedDeals(3);
        portal.Faults.InjectRaw("batch", 200, Json, """{"result": {"result": {"p0": {"total": 3}}, "result_error": [], "result_total": {"p0": 3}, "result_next": [], "result_time": []}}""");
        using var client = new Bitrix24Client(portal.WebhookUrl);

        var error = await Assert.ThrowsAsync<Bitrix24ResponseFormatException>(async () => await new Bitrix24Api(client).Crm.Deal.ListBulkAsync(cancellationToken: TestContext.Current.CancellationToken).CountAsync(TestContext.Current.CancellationToken));

        Assert.Contains("crm.deal.list", error.Message, StringComparison.Ordinal);
        Assert.Contains("no rows at result;", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rows_sent_as_a_php_object_keyed_0_to_n_are_read()
    {
        await using var portal = await LeakScan.StartPortalAsync(TestContext.Current.CancellationToken);
        portal.Faults.InjectRaw("crm.deal.list", 200, Json, """{"result": {"0": {"ID": "1", "TITLE": "A"}, "1": {"ID": "2", "TITLE": "B"}}, "total": 2}""");
        portal.Faults.InjectRaw("batch", 200, Json, """{"result": {"result": {"p0": {"0": {"ID": "4"}, "1": {"ID": "5"}, "2": {"ID": "6"}}}, "result_error": [], "result_total": [], "result_next": [], "result_time": []}}""");
        using var client = new Bitrix24Client(portal.WebhookUrl);
        var api = new Bitrix24Api(client);

        Assert.Equal(2, await api.Crm.Deal.ListAllAsync(cancellationToken: TestContext.Current.CancellationToken).CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(3, await api.Crm.Deal.ListBulkAsync(cancellationToken: TestContext.Current.CancellationToken).CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task An_empty_page_in_either_php_form_ends_the_read()
    {
        await using var portal = await LeakScan.StartPortalAsync(TestContext.Current.CancellationToken);
        portal.Faults.InjectRaw("crm.deal.list", 200, Json, """{"result": {}, "total": 0}""");
        portal.Faults.InjectRaw("tasks.task.list", 200, Json, """{"result": {"items": []}}""");
        using var client = new Bitrix24Client(portal.WebhookUrl);
        var api = new Bitrix24Api(client);

        Assert.Equal(0, await api.Crm.Deal.ListAllAsync(cancellationToken: TestContext.Current.CancellationToken).CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(0, await api.V3.Tasks.Task.ListAllAsync(new TaskListRequest(), TestContext.Current.CancellationToken).CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(2, portal.Calls.Count);
    }
}
