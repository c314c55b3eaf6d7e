using System;
using System.Linq;
using System.Net;
using System.Text.Json;
using System.Threading.Tasks;
using Bitrix24.Testing.Crm;
using static Bitrix24.Testing.Tests.PortalHttp;

namespace Bitrix24.Testing.Tests;

/// <summary>REST 2 parameters as a GET query, an url-encoded or multipart form, or JSON; REST 3.0 reads JSON only.</summary>
public sealed class Rest2ParameterFormatTests
{
    private const string ListAsJson = """{"filter": {">ID": "2"}, "select": ["ID", "TITLE"], "start": "-1"}""";
    private const string ListAsForm = "filter[%3EID]=2&select[]=ID&select[]=TITLE&start=-1";

    [Fact]
    public async Task A_get_with_the_id_in_the_query_reads_the_deal()
    {
        await using var portal = await FakePortal.StartAsync(TestContext.Current.CancellationToken);
        var deal = portal.Crm.Add(new FakeDeal { Title = "By query" });

        var (status, json) = await Get($"{portal.WebhookUrl}crm.deal.get?id={deal.Id}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("By query", json.GetProperty("result").GetProperty("TITLE").GetString());
        var call = Assert.Single(portal.Calls);
        Assert.Equal((string.Empty, $"id={deal.Id}"), (call.Body, call.Query));
    }

    [Fact]
    public async Task A_url_encoded_form_and_a_multipart_form_list_the_same_as_json()
    {
        await using var portal = await FakePortal.StartAsync(TestContext.Current.CancellationToken);
        portal.Crm.SeedDeals(5);

        var (_, json) = await Post(portal.WebhookUrl + "crm.deal.list", ListAsJson);
        var (formStatus, form) = await PostForm(portal.WebhookUrl + "crm.deal.list", ListAsForm);
        var (_, multipart) = await PostMultipart(portal.WebhookUrl + "crm.deal.list", ("filter[>ID]", "2"), ("select[]", "ID"), ("select[]", "TITLE"), ("start", "-1"));
        var (_, query) = await Get(portal.WebhookUrl + "crm.deal.list?" + ListAsForm);

        Assert.Equal(HttpStatusCode.OK, formStatus);
        Assert.Equal(["3", "4", "5"], json.GetProperty("result").EnumerateArray().Select(deal => deal.GetProperty("ID").GetString()));
        Assert.Equal(["ID", "TITLE"], json.GetProperty("result")[0].EnumerateObject().Select(member => member.Name));
        Assert.All([form, multipart, query], answer => Assert.Equal(json.GetProperty("result").GetRawText(), answer.GetProperty("result").GetRawText()));
        Assert.All([form, multipart, query], answer => Assert.Equal(0, answer.GetProperty("total").GetInt64()));
        Assert.Equal(ListAsForm, portal.Calls.ElementAt(1).Body);
        var executed = portal.Executions.Select(execution => execution.ParametersJson).ToList();
        Assert.Equal(3, executed.Skip(1).Count(parameters => parameters == executed[1]));
    }

    [Fact]
    public async Task The_body_wins_over_the_query_for_the_same_name_and_other_query_names_still_apply()
    {
        await using var portal = await FakePortal.StartAsync(TestContext.Current.CancellationToken);
        var first = portal.Crm.Add(new FakeDeal { Title = "First" });
        var second = portal.Crm.Add(new FakeDeal { Title = "Second" });

        var (_, form) = await PostForm($"{portal.WebhookUrl}crm.deal.get?id={first.Id}", $"id={second.Id}");
        var (_, json) = await Post($"{portal.WebhookUrl}crm.deal.get?id={first.Id}", $$"""{"id": {{second.Id}}}""");
        var (_, merged) = await Post($"{portal.WebhookUrl}crm.deal.list?start=-1", """{"select": ["TITLE"]}""");

        Assert.Equal("Second", form.GetProperty("result").GetProperty("TITLE").GetString());
        Assert.Equal("Second", json.GetProperty("result").GetProperty("TITLE").GetString());
        Assert.Equal(["First", "Second"], merged.GetProperty("result").EnumerateArray().Select(deal => deal.GetProperty("TITLE").GetString()));
        Assert.Equal(0, merged.GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task An_oauth_token_in_the_query_of_a_get_or_in_a_form_authenticates_and_is_not_a_parameter()
    {
        await using var portal = await FakePortal.StartAsync(TestContext.Current.CancellationToken);
        var deal = portal.Crm.Add(new FakeDeal { Title = "By app" });
        var token = portal.OAuth.Issue().AccessToken;

        var (byQuery, queryJson) = await Get($"{portal.BaseUrl}rest/crm.deal.get?auth={token}&id={deal.Id}");
        var (byForm, formJson) = await PostForm($"{portal.BaseUrl}rest/crm.deal.get", $"id={deal.Id}&auth={token}");
        var (wrong, wrongJson) = await PostForm($"{portal.BaseUrl}rest/crm.deal.get", $"id={deal.Id}&auth=not-a-token");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (byQuery, byForm));
        Assert.All([queryJson, formJson], answer => Assert.Equal("By app", answer.GetProperty("result").GetProperty("TITLE").GetString()));
        Assert.Equal((HttpStatusCode.Unauthorized, "invalid_token"), (wrong, wrongJson.GetProperty("error").GetString()));
        Assert.All(portal.Executions, execution => Assert.Equal($$"""{"id":"{{deal.Id}}"}""", execution.ParametersJson));
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1, 2")]
    public async Task A_body_that_is_not_json_carries_no_parameters_so_the_method_answers_its_own_error(string body)
    {
        await using var portal = await FakePortal.StartAsync(TestContext.Current.CancellationToken);
        var deal = portal.Crm.Add(new FakeDeal { Title = "Kept" });

        var (status, json) = await Post(portal.WebhookUrl + "crm.deal.get", body);
        var (withQuery, withQueryJson) = await Post($"{portal.WebhookUrl}crm.deal.get?id={deal.Id}", body);

        Assert.Equal((HttpStatusCode.BadRequest, "ID is not defined or invalid."), (status, json.GetProperty("error_description").GetString()));
        Assert.Equal((HttpStatusCode.OK, "Kept"), (withQuery, withQueryJson.GetProperty("result").GetProperty("TITLE").GetString()));
        Assert.Equal(body, portal.Calls.First().Body);
    }

    [Theory]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(200_000)]
    public async Task A_json_body_deeper_than_64_levels_carries_no_parameters(int arrays)
    {
        await using var portal = await FakePortal.StartAsync(TestContext.Current.CancellationToken);
        var body = """{"id": 1, "x": """ + new string('[', arrays) + new string(']', arrays) + "}";

        var (status, json) = await Post(portal.WebhookUrl + "crm.deal.get", body);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(arrays + 1 <= 64 ? "Not found" : "ID is not defined or invalid.", json.GetProperty("error_description").GetString());
    }

    [Fact]
    public async Task A_form_name_nested_deeper_than_64_levels_drops_its_parameter_as_php_does()
    {
        await using var portal = await FakePortal.StartAsync(TestContext.Current.CancellationToken);
        var deal = portal.Crm.Add(new FakeDeal { Title = "Found" });
        var deep = "id" + string.Concat(Enumerable.Repeat("[a]", 65)) + "=1";

        var (dropped, _) = await PostForm(portal.WebhookUrl + "crm.deal.get", $"id={deal.Id}&{deep}");
        var (again, againJson) = await PostForm(portal.WebhookUrl + "crm.deal.get", $"{deep}&id={deal.Id}");

        Assert.Equal(HttpStatusCode.BadRequest, dropped);
        Assert.Equal((HttpStatusCode.OK, "Found"), (again, againJson.GetProperty("result").GetProperty("TITLE").GetString()));
    }

    [Fact]
    public async Task Rest3_reads_json_only_a_form_is_invalid_json_and_the_query_is_ignored()
    {
        await using var portal = await FakePortal.StartAsync(TestContext.Current.CancellationToken);
        portal.Tasks.Add(new Tasks.FakeTask { Title = "T" });

        var (formStatus, form) = await PostForm(portal.Rest3() + "tasks.task.get", "id=1");
        var (multipartStatus, multipart) = await PostMultipart(portal.Rest3() + "tasks.task.get", ("id", "1"));
        var (queryStatus, query) = await Get(portal.Rest3() + "tasks.task.get?id=1");

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (formStatus, multipartStatus));
        Assert.All([form, multipart], answer => Assert.Equal("BITRIX_REST_V3_EXCEPTION_INVALIDJSONEXCEPTION", answer.GetProperty("error").GetProperty("code").GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, queryStatus);
        Assert.Equal("id", query.GetProperty("error").GetProperty("validation")[0].GetProperty("field").GetString());
        Assert.Equal("{}", Assert.Single(portal.Executions).ParametersJson);
    }
}
