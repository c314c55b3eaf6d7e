using System.Linq;
using System.Net;
using System.Text.Json;
using System.Threading.Tasks;
using Bitrix24.Testing.Batch;
using static Bitrix24.Testing.Tests.PortalHttp;

namespace Bitrix24.Testing.Tests;

/// <summary>REST 2 <c>batch</c>: keys, PHP query strings, <c>$result</c> references, halt and the limits of a batch.</summary>
public sealed class BatchTests
{
    [Fact]
    public async Task Results_totals_nexts_and_times_are_keyed_like_cmd_and_empty_members_are_php_empty_arrays()
    {
        await using var portal = await FakePortal.StartAsync(TestContext.Current.CancellationToken);
        portal.Crm.SeedDeals(70);

        var (status, json) = await Post(portal.WebhookUrl + "batch", """{"cmd": {"list": "crm.deal.list?select[]=ID", "one": "crm.deal.get?id=7"}}""");

        Assert.Equal(HttpStatusCode.OK, status);
        var batch = json.GetProperty("result");
        Assert.Equal(50, batch.GetProperty("result").GetProperty("list").GetArrayLength());
        Assert.Equal("7", batch.GetProperty("result").GetProperty("one").GetProperty("ID").GetString());
        Assert.Equal("[]", batch.GetProperty("result_error").GetRawText());
        Assert.Equal("{\"list\":70}", batch.GetProperty("result_total").GetRawText());
        Assert.Equal("{\"list\":50}", batch.GetProperty("result_next").GetRawText());
        Assert.Equal(["list", "one"], batch.GetProperty("result_time").EnumerateObject().Select(p => p.Name));
        Assert.True(batch.GetProperty("result_time").GetProperty("one").GetProperty("start").GetInt64() > 0);
        Assert.True(json.GetProperty("time").GetProperty("finish").GetDouble() > 0);
        Assert.All(portal.Executions, execution => Assert.True(execution.InBatch));
        Assert.Equal(2, portal.Executions.Count);
    }

    [Fact]
    public async Task An_array_cmd_gets_keys_0_1_and_php_writes_those_members_as_lists()
    {
        await using var portal = await FakePortal.StartAsync(TestContext.Current.CancellationToken);
        portal.Crm.SeedDeals(2);

        var (_, json) = await Post(portal.WebhookUrl + "batch", """{"cmd": ["crm.deal.get?id=1", "crm.deal.get?id=99", "crm.deal.get?id=2"]}""");

        var batch = json.GetProperty("result");
        Assert.Equal(["0", "2"], batch.GetProperty("result").EnumerateObject().Select(p => p.Name));
        Assert.Equal("Not found", batch.GetProperty("result_error").GetProperty("1").GetProperty("error_description").GetString());
        Assert.Equal(JsonValueKind.String, batch.GetProperty("result_error").GetProperty("1").GetProperty("error").ValueKind);

        var (_, allOk) = await Post(portal.WebhookUrl + "batch", """{"cmd": ["crm.deal.get?id=1", "crm.deal.get?id=2"]}""");
        Assert.Equal(JsonValueKind.Array, allOk.GetProperty("result").GetProperty("result").ValueKind);
        Assert.Equal("2", allOk.GetProperty("result").GetProperty("result")[1].GetProperty("ID").GetString());
    }

    [Fact]
    public async Task Query_strings_are_read_like_php_parse_str()
    {
        await using var portal = await FakePortal.StartAsync(TestContext.Current.CancellationToken);
        const string command = "crm.deal.add?fields[TITLE]=Hello%20world+again&fields[UF_CRM_TAGS][]=a&fields[UF_CRM_TAGS][]=b&fields[UF_CRM_MAP][k][j]=1&fields[UF_CRM_LIST][0]=x&fields[UF_CRM_LIST][1]=y";

        var (_, json) = await Post(portal.WebhookUrl + "batch", JsonSerializer.Serialize(new { cmd = new { add = command } }));

        Assert.Equal(1, json.GetProperty("result").GetProperty("result").GetProperty("add").GetInt64());
        Assert.Equal(
            """{"fields":{"TITLE":"Hello world again","UF_CRM_TAGS":["a","b"],"UF_CRM_MAP":{"k":{"j":"1"}},"UF_CRM_LIST":["x","y"]}}""",
            Assert.Single(portal.Executions).ParametersJson);
        Assert.Equal("Hello world again", portal.Crm.FindDeal(1)!.Title);
    }

    [Fact]
    public async Task Select_filter_and_order_arrive_as_arrays_and_objects_and_an_encoded_equals_sign_stays_in_the_key()
    {
        await using var portal = await FakePortal.StartAsync(TestContext.Current.CancellationToken);
        portal.Crm.SeedDeals(10);

        var (_, json) = await Post(portal.WebhookUrl + "batch", """{"cmd": {"page": "crm.deal.list?select[0]=ID&select[1]=TITLE&filter[>ID]=5&filter[%3C%3DID]=7&order[ID]=DESC"}}""");

        Assert.Equal("[]", json.GetProperty("result").GetProperty("result_error").GetRawText());
        var rows = json.GetProperty("result").GetProperty("result").GetProperty("page").EnumerateArray().ToList();
        Assert.Equal(["7", "6"], rows.Select(row => row.GetProperty("ID").GetString()));
        Assert.Equal(["ID", "TITLE"], rows[0].EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Result_references_take_values_from_earlier_commands_including_list_rows()
    {
        await using var portal = await FakePortal.StartAsync(TestContext.Current.CancellationToken);
        portal.Crm.SeedDeals(120);

        var (_, json) = await Post(portal.WebhookUrl + "batch", """
            {"cmd": {
                "c0": "crm.deal.list?select[]=ID&start=-1",
                "c1": "crm.deal.list?select[]=ID&start=-1&filter[>ID]=$result[c0][49][ID]",
                "title": "crm.deal.get?id=$result[c1][0][ID]",
                "added": "crm.deal.add?fields[TITLE]=$result[title][TITLE]"
            }}
            """);

        var results = json.GetProperty("result").GetProperty("result");
        Assert.Equal("51", results.GetProperty("c1")[0].GetProperty("ID").GetString());
        Assert.Equal("Deal 51", results.GetProperty("title").GetProperty("TITLE").GetString());
        Assert.Equal("Deal 51", portal.Crm.FindDeal(results.GetProperty("added").GetInt64())!.Title);
    }

    [Theory]
    [InlineData(FakeUnresolvedReference.Empty, """{"id":""}""", "ID is not defined or invalid.")]
    [InlineData(FakeUnresolvedReference.Literal, """{"id":"$result[missing][0]"}""", "ID is not defined or invalid.")]
    [InlineData(FakeUnresolvedReference.Error, null, "Cannot resolve $result[missing][0]")]
    public async Task An_unresolved_reference_behaves_as_configured(FakeUnresolvedReference mode, string? parametersSeen, string error)
    {
        await using var portal = await FakePortal.StartAsync(TestContext.Current.CancellationToken);
        portal.Batch.UnresolvedReference = mode;

        var (_, json) = await Post(portal.WebhookUrl + "batch", """{"cmd": {"get": "crm.deal.get?id=$result[missing][0]"}}""");

        Assert.Equal(error, json.GetProperty("result").GetProperty("result_error").GetProperty("get").GetProperty("error_description").GetString());
        Assert.Equal(parametersSeen, portal.Executions.SingleOrDefault()?.ParametersJson);
    }

    [Fact]
    public async Task References_to_a_failed_command_or_an_index_out_of_range_are_unresolved()
    {
        await using var portal = await FakePortal.StartAsync(TestContext.Current.CancellationToken);
        portal.Batch.UnresolvedReference = FakeUnresolvedReference.Error;
        portal.Crm.SeedDeals(3);

        var (_, json) = await Post(portal.WebhookUrl + "batch", """
            {"cmd": {"bad": "crm.deal.get?id=0", "list": "crm.deal.list", "a": "crm.deal.get?id=$result[bad][ID]", "b": "crm.deal.get?id=$result[list][3][ID]", "c": "crm.deal.get?id=$result[list][2][ID]"}}
            """);

        var errors = json.GetProperty("result").GetProperty("result_error");
        Assert.Equal(["bad", "a", "b"], errors.EnumerateObject().Select(p => p.Name));
        Assert.Equal("ERROR_BATCH_REFERENCE", errors.GetProperty("b").GetProperty("error").GetString());
        Assert.Equal("3", json.GetProperty("result").GetProperty("result").GetProperty("c").GetProperty("ID").GetString());
    }

    [Theory]
    [InlineData("true", 1)]
    [InlineData("1", 1)]
    [InlineData("\"Y\"", 1)]
    [InlineData("false", 2)]
    [InlineData("0", 2)]
    public async Task Halt_stops_at_the_first_failing_command(string halt, int executed)
    {
        await using var portal = await FakePortal.StartAsync(TestContext.Current.CancellationToken);
        portal.Crm.SeedDeals(1);

        var (_, json) = await Post(portal.WebhookUrl + "batch", $$$"""{"halt": {{{halt}}}, "cmd": {"bad": "crm.deal.get?id=0", "good": "crm.deal.get?id=1"}}""");

        var batch = json.GetProperty("result");
        Assert.Equal(executed, portal.Executions.Count);
        Assert.Equal(["bad"], batch.GetProperty("result_error").EnumerateObject().Select(p => p.Name));
        Assert.Equal(executed == 1 ? "[]" : "good", executed == 1 ? batch.GetProperty("result").GetRawText() : batch.GetProperty("result").EnumerateObject().Single().Name);
    }

    [Theory]
    [InlineData(64, "[]")]
    [InlineData(65, "[{\"ID\":\"1\"}]")]
    [InlineData(5000, "[{\"ID\":\"1\"}]")]
    public async Task A_query_nested_deeper_than_64_levels_loses_that_parameter_as_php_does(int brackets, string rows)
    {
        await using var portal = await FakePortal.StartAsync(TestContext.Current.CancellationToken);
        portal.Crm.SeedDeals(1);
        var deep = "crm.deal.list?select[]=ID&filter[%3EID]=5&filter" + string.Concat(Enumerable.Repeat("[a]", brackets)) + "=1";

        var (status, json) = await Post(portal.WebhookUrl + "batch", JsonSerializer.Serialize(new { cmd = new { deep, ok = "crm.deal.get?id=1" } }));

        Assert.Equal(HttpStatusCode.OK, status);
        var batch = json.GetProperty("result");
        Assert.Equal("1", batch.GetProperty("result").GetProperty("ok").GetProperty("ID").GetString());
        Assert.Equal("[]", batch.GetProperty("result_error").GetRawText());
        Assert.Equal(rows, batch.GetProperty("result").GetProperty("deep").GetRawText());
    }

    [Fact]
    public async Task Commands_beyond_50_fail_and_a_batch_inside_a_batch_is_not_allowed()
    {
        await using var portal = await FakePortal.StartAsync(TestContext.Current.CancellationToken);
        portal.Crm.SeedDeals(1);
        var commands = Enumerable.Range(0, 52).Select(i => i == 10 ? "batch?cmd[x]=crm.deal.get%3Fid%3D1" : "crm.deal.get?id=1");

        var (status, json) = await Post(portal.WebhookUrl + "batch", JsonSerializer.Serialize(new { cmd = commands }));

        Assert.Equal(HttpStatusCode.OK, status);
        var errors = json.GetProperty("result").GetProperty("result_error");
        Assert.Equal(["10", "50", "51"], errors.EnumerateObject().Select(p => p.Name));
        Assert.Equal("ERROR_BATCH_METHOD_NOT_ALLOWED", errors.GetProperty("10").GetProperty("error").GetString());
        Assert.Equal("ERROR_BATCH_LENGTH_EXCEEDED", errors.GetProperty("51").GetProperty("error").GetString());
        Assert.Equal(49, portal.Executions.Count);
        Assert.Single(portal.Calls);
    }
}
