using System.Linq;
using System.Net;
using System.Text.Json;
using System.Threading.Tasks;
using static Bitrix24.Testing.Tests.PortalHttp;

namespace Bitrix24.Testing.Tests;

/// <summary>REST 3.0 tasks, its error shape and its JSON batch.</summary>
public sealed class Rest3Tests
{
    [Theory]
    [InlineData(2147483647, 1000)]
    [InlineData(2147483647, 50)]
    [InlineData(4294968, 1000)]
    public async Task A_page_far_past_the_end_is_empty_not_the_first_page_again(int page, int limit)
    {
        await using var portal = await FakePortal.StartAsync(TestContext.Current.CancellationToken);
        portal.Tasks.Add(new Tasks.FakeTask { Title = "Only" });

        var (status, json) = await Post(portal.Rest3() + "tasks.task.list", $$$"""{"pagination": {"page": {{{page}}}, "limit": {{{limit}}}}}""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("[]", json.GetProperty("result").GetProperty("items").GetRawText());
    }

    [Fact]
    public async Task Tasks_are_added_read_and_listed_in_pages()
    {
        await using var portal = await FakePortal.StartAsync(TestContext.Current.CancellationToken);
        for (var i = 1; i <= 5; i++)
        {
            var (status, added) = await Post(portal.Rest3() + "tasks.task.add", $$$"""{"fields": {"title": "Task {{{i}}}", "creatorId": 1, "responsibleId": 2}}""");
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal(i, added.GetProperty("result").GetProperty("item").GetProperty("id").GetInt64());
        }

        var (_, got) = await Post(portal.Rest3() + "tasks.task.get", """{"id": 3, "select": ["id", "title", "unknownField"]}""");
        var (_, page2) = await Post(portal.Rest3() + "tasks.task.list", """{"pagination": {"page": 2, "limit": 2}}""");
        var (_, filtered) = await Post(portal.Rest3() + "tasks.task.list", """{"select": ["id", "title"], "filter": [["id", ">", 2]], "order": {"id": "DESC"}}""");

        Assert.Equal("""{"id":3,"title":"Task 3"}""", got.GetProperty("result").GetProperty("item").GetRawText());
        Assert.Equal("""[{"id":3},{"id":4}]""", page2.GetProperty("result").GetProperty("items").GetRawText());
        Assert.False(page2.TryGetProperty("next", out _));
        Assert.Equal(["Task 5", "Task 4", "Task 3"], filtered.GetProperty("result").GetProperty("items").EnumerateArray().Select(t => t.GetProperty("title").GetString()));
        Assert.Equal(2, portal.Tasks.Find(1)!.ResponsibleId);
    }

    [Fact]
    public async Task Errors_have_the_rest3_shape_with_validation_details()
    {
        await using var portal = await FakePortal.StartAsync(TestContext.Current.CancellationToken);

        var (missing, missingJson) = await Post(portal.Rest3() + "tasks.task.add", """{"fields": {"creatorId": 1, "responsibleId": 1}}""");
        var (notFound, notFoundJson) = await Post(portal.Rest3() + "tasks.task.get", """{"id": 2}""");
        var (paging, pagingJson) = await Post(portal.Rest3() + "tasks.task.list", """{"pagination": {"limit": 1001}}""");
        var (badJson, badJsonJson) = await Post(portal.Rest3() + "tasks.task.list", "{oops");

        Assert.Equal(HttpStatusCode.BadRequest, missing);
        var error = missingJson.GetProperty("error");
        Assert.Equal("BITRIX_REST_V3_EXCEPTION_VALIDATION_REQUESTVALIDATIONEXCEPTION", error.GetProperty("code").GetString());
        Assert.Equal("Error during request object validation", error.GetProperty("message").GetString());
        var validation = Assert.Single(error.GetProperty("validation").EnumerateArray());
        Assert.Equal(("Required field `title` is missing", "title"), (validation.GetProperty("message").GetString(), validation.GetProperty("field").GetString()));
        Assert.Equal((HttpStatusCode.BadRequest, "BITRIX_REST_V3_EXCEPTION_ENTITYNOTFOUNDEXCEPTION"), (notFound, notFoundJson.GetProperty("error").GetProperty("code").GetString()));
        Assert.Equal("Record with ID = `2` not found", notFoundJson.GetProperty("error").GetProperty("message").GetString());
        Assert.Equal((HttpStatusCode.BadRequest, "BITRIX_REST_V3_EXCEPTION_INVALIDPAGINATIONEXCEPTION"), (paging, pagingJson.GetProperty("error").GetProperty("code").GetString()));
        Assert.Equal((HttpStatusCode.BadRequest, "BITRIX_REST_V3_EXCEPTION_INVALIDJSONEXCEPTION"), (badJson, badJsonJson.GetProperty("error").GetProperty("code").GetString()));
    }

    [Fact]
    public async Task The_json_batch_answers_an_array_in_order_with_errors_in_place()
    {
        await using var portal = await FakePortal.StartAsync(TestContext.Current.CancellationToken);

        var (status, json) = await Post(portal.Rest3() + "batch", """
            [
                {"method": "tasks.task.add", "query": {"fields": {"title": "A", "creatorId": 1, "responsibleId": 1}}},
                {"method": "tasks.task.get", "query": {"id": 99}},
                {"method": "tasks.task.get", "query": {"id": 1, "select": ["title"]}}
            ]
            """);

        Assert.Equal(HttpStatusCode.OK, status);
        var results = json.GetProperty("result").EnumerateArray().ToList();
        Assert.Equal(3, results.Count);
        Assert.Equal(1, results[0].GetProperty("item").GetProperty("id").GetInt64());
        Assert.Equal("BITRIX_REST_V3_EXCEPTION_ENTITYNOTFOUNDEXCEPTION", results[1].GetProperty("error").GetProperty("code").GetString());
        Assert.Equal("""{"item":{"title":"A"}}""", results[2].GetRawText());
        Assert.All(portal.Executions, e => Assert.Equal((3, true), (e.RestVersion, e.InBatch)));
    }

    [Fact]
    public async Task The_cmd_form_of_batch_is_refused_under_rest3()
    {
        await using var portal = await FakePortal.StartAsync(TestContext.Current.CancellationToken);

        var (status, json) = await Post(portal.Rest3() + "batch", """{"cmd": {"a": "tasks.task.get?id=1"}}""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("BITRIX_REST_V3_EXCEPTION_INVALIDSELECTEXCEPTION", json.GetProperty("error").GetProperty("code").GetString());
        Assert.Empty(portal.Executions);
    }

    [Fact]
    public async Task Rest3_calls_work_with_oauth_too()
    {
        await using var portal = await FakePortal.StartAsync(TestContext.Current.CancellationToken);
        var tokens = portal.OAuth.Issue();

        var (status, json) = await Post(portal.BaseUrl + "rest/api/tasks.task.add", $$$"""{"fields": {"title": "By app", "creatorId": 1, "responsibleId": 1}, "auth": "{{{tokens.AccessToken}}}"}""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("By app", json.GetProperty("result").GetProperty("item").GetProperty("title").GetString());
        Assert.DoesNotContain("auth", Assert.Single(portal.Executions).ParametersJson, System.StringComparison.Ordinal);
    }
}
