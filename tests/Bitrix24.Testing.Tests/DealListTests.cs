using System.Linq;
using System.Net;
using System.Text.Json;
using System.Threading.Tasks;
using Bitrix24.Testing.Crm;
using static Bitrix24.Testing.Tests.PortalHttp;

namespace Bitrix24.Testing.Tests;

/// <summary><c>crm.deal.list</c> paging, filtering and ordering, and <c>crm.deal.add</c>.</summary>
public sealed class DealListTests
{
    [Fact]
    public async Task Pages_hold_50_rows_with_total_and_next_until_the_last()
    {
        await using var portal = await FakePortal.StartAsync(TestContext.Current.CancellationToken);
        var first = portal.Crm.SeedDeals(120);

        var (status, page1) = await Post(portal.WebhookUrl + "crm.deal.list", "{}");
        var (_, page3) = await Post(portal.WebhookUrl + "crm.deal.list", "{\"start\": 100}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(50, page1.GetProperty("result").GetArrayLength());
        Assert.Equal((120, 50), (page1.GetProperty("total").GetInt32(), page1.GetProperty("next").GetInt32()));
        Assert.Equal(first.ToString(System.Globalization.CultureInfo.InvariantCulture), page1.GetProperty("result")[0].GetProperty("ID").GetString());
        Assert.Equal(20, page3.GetProperty("result").GetArrayLength());
        Assert.Equal(120, page3.GetProperty("total").GetInt32());
        Assert.False(page3.TryGetProperty("next", out _));
        Assert.Equal(JsonValueKind.Number, page3.GetProperty("time").GetProperty("operating").ValueKind);
    }

    [Theory]
    [InlineData("9223372036854775807", 0, null)]
    [InlineData("\"9223372036854775807\"", 0, null)]
    [InlineData("9223372036854775757", 0, null)]
    [InlineData("1e30", 0, null)]
    [InlineData("119", 1, null)]
    [InlineData("60", 50, 110L)]
    [InlineData("70", 50, null)]
    [InlineData("-5", 50, 50L)]
    [InlineData("\"abc\"", 50, 50L)]
    public async Task Any_start_gives_a_page_and_a_next_that_is_after_it_or_none(string start, int rows, long? next)
    {
        await using var portal = await FakePortal.StartAsync(TestContext.Current.CancellationToken);
        portal.Crm.SeedDeals(120);

        var (status, json) = await Post(portal.WebhookUrl + "crm.deal.list", $$"""{"start": {{start}}, "select": ["ID"]}""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(rows, json.GetProperty("result").GetArrayLength());
        Assert.Equal(120, json.GetProperty("total").GetInt64());
        Assert.Equal(next, json.TryGetProperty("next", out var given) ? given.GetInt64() : null);
    }

    [Fact]
    public async Task Start_minus_one_gives_the_first_50_matches_with_total_zero_and_no_next()
    {
        await using var portal = await FakePortal.StartAsync(TestContext.Current.CancellationToken);
        portal.Crm.SeedDeals(120);

        var (_, json) = await Post(portal.WebhookUrl + "crm.deal.list", "{\"start\": -1, \"filter\": {\">ID\": 60}}");

        Assert.Equal(50, json.GetProperty("result").GetArrayLength());
        Assert.Equal("61", json.GetProperty("result")[0].GetProperty("ID").GetString());
        Assert.Equal(0, json.GetProperty("total").GetInt64());
        Assert.False(json.TryGetProperty("next", out _));
    }

    [Theory]
    [InlineData("{\">ID\": 5, \"<=ID\": \"8\"}", "6,7,8")]
    [InlineData("{\">=ID\": 5, \"<ID\": 8}", "5,6,7")]
    [InlineData("{\"@ID\": [9, \"3\", 500]}", "3,9")]
    [InlineData("{\"=ID\": 4}", "4")]
    [InlineData("{\"ID\": \"4\", \"TITLE\": \"ignored\"}", "4")]
    [InlineData("{\">ID\": \"abc\", \"<ID\": \"\"}", "")]
    [InlineData("{\">ID\": \"abc\", \"<ID\": 3}", "1,2")]
    public async Task Id_conditions_filter_and_unreadable_values_count_as_zero(string filter, string expected)
    {
        await using var portal = await FakePortal.StartAsync(TestContext.Current.CancellationToken);
        portal.Crm.SeedDeals(10);

        var (_, json) = await Post(portal.WebhookUrl + "crm.deal.list", $"{{\"filter\": {filter}, \"select\": [\"ID\"]}}");

        Assert.Equal(expected, string.Join(",", json.GetProperty("result").EnumerateArray().Select(row => row.GetProperty("ID").GetString())));
    }

    [Fact]
    public async Task Order_by_id_descending_and_select_pick_rows_and_fields()
    {
        await using var portal = await FakePortal.StartAsync(TestContext.Current.CancellationToken);
        portal.Crm.SeedDeals(60);
        portal.Crm.FindDeal(60)!.CustomFields["UF_CRM_COLOR"] = JsonElement.Parse("\"red\"");

        var (_, json) = await Post(portal.WebhookUrl + "crm.deal.list", "{\"order\": {\"ID\": \"DESC\"}, \"select\": [\"ID\", \"TITLE\", \"UF_*\"]}");

        var rows = json.GetProperty("result").EnumerateArray().ToList();
        Assert.Equal(["60", "59"], rows.Take(2).Select(row => row.GetProperty("ID").GetString()));
        Assert.Equal(["ID", "TITLE", "UF_CRM_COLOR"], rows[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(["ID", "TITLE"], rows[1].EnumerateObject().Select(p => p.Name));
        Assert.Equal("Deal 59", rows[1].GetProperty("TITLE").GetString());
        Assert.Equal(50, json.GetProperty("next").GetInt32());
    }

    [Fact]
    public async Task Add_answers_the_new_id_as_an_integer_and_the_deal_is_listed()
    {
        await using var portal = await FakePortal.StartAsync(TestContext.Current.CancellationToken);
        portal.Crm.SeedDeals(3);

        var (status, added) = await Post(portal.WebhookUrl + "crm.deal.add", "{\"fields\": {\"TITLE\": \"New\", \"OPPORTUNITY\": \"12.5\", \"UF_CRM_X\": [1]}}");
        var (_, listed) = await Post(portal.WebhookUrl + "crm.deal.list", "{\"filter\": {\">ID\": 3}}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(4, added.GetProperty("result").GetInt64());
        var row = Assert.Single(listed.GetProperty("result").EnumerateArray());
        Assert.Equal(("4", "New", "12.50", "[1]"), (row.GetProperty("ID").GetString(), row.GetProperty("TITLE").GetString(), row.GetProperty("OPPORTUNITY").GetString(), row.GetProperty("UF_CRM_X").GetRawText()));
        Assert.True(Assert.Single(portal.Executions, e => e.Method == "crm.deal.add").IsWrite);
    }

    [Fact]
    public async Task Restricted_user_and_a_non_object_filter_get_the_documented_errors()
    {
        await using var portal = await FakePortal.StartAsync(TestContext.Current.CancellationToken);

        var (denied, deniedJson) = await Post(portal.RestrictedWebhookUrl + "crm.deal.list", "{}");
        var (invalid, invalidJson) = await Post(portal.WebhookUrl + "crm.deal.list", "{\"filter\": \"x\"}");
        var (noFields, noFieldsJson) = await Post(portal.WebhookUrl + "crm.deal.add", "{}");

        Assert.Equal((HttpStatusCode.BadRequest, "Access denied."), (denied, deniedJson.GetProperty("error_description").GetString()));
        Assert.Equal((HttpStatusCode.BadRequest, "Parameter 'filter' must be array."), (invalid, invalidJson.GetProperty("error_description").GetString()));
        Assert.Equal((HttpStatusCode.BadRequest, "Parameter 'fields' must be array"), (noFields, noFieldsJson.GetProperty("error_description").GetString()));
    }

    [Fact]
    public async Task A_hundred_thousand_seeded_deals_are_read_completely_through_id_pages_in_batches()
    {
        await using var portal = await FakePortal.StartAsync(TestContext.Current.CancellationToken);
        const int count = 100_000;
        portal.Crm.SeedDeals(count);
        var seen = new System.Collections.Generic.List<long>(count);
        var done = false;
        while (!done)
        {
            var after = seen.Count == 0 ? "0" : seen[^1].ToString(System.Globalization.CultureInfo.InvariantCulture);
            var commands = Enumerable.Range(0, 50).Select(i =>
                $"\"c{i}\": \"crm.deal.list?order[ID]=ASC&start=-1&select[]=ID&filter[>ID]={(i == 0 ? after : $"$result[c{i - 1}][49][ID]")}\"");
            var (_, json) = await Post(portal.WebhookUrl + "batch", $"{{\"cmd\": {{{string.Join(",", commands)}}}}}");
            foreach (var page in json.GetProperty("result").GetProperty("result").EnumerateObject().Select(command => command.Value))
            {
                seen.AddRange(page.EnumerateArray().Select(row => long.Parse(row.GetProperty("ID").GetString()!, System.Globalization.CultureInfo.InvariantCulture)));
                if (page.GetArrayLength() < 50)
                {
                    done = true;
                    break;
                }
            }
        }

        Assert.Equal(count, seen.Count);
        Assert.Equal(Enumerable.Range(1, count).Select(i => (long)i), seen);
    }
}
