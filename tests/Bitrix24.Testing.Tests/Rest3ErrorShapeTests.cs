using System.Linq;
using System.Net;
using System.Text.Json;
using System.Threading.Tasks;
using Bitrix24.Testing.Tasks;
using static Bitrix24.Testing.Tests.PortalHttp;

namespace Bitrix24.Testing.Tests;

/// <summary>REST 3.0 errors as the portal writes them: <c>validation</c> only on validation errors, access denied, related fields in <c>select</c>.</summary>
public sealed class Rest3ErrorShapeTests
{
    private const string ValidationCode = "BITRIX_REST_V3_EXCEPTION_VALIDATION_REQUESTVALIDATIONEXCEPTION";

    [Theory]
    [InlineData("tasks.task.get", """{"select": ["id"]}""", "id", "Required field `id` is missing")]
    [InlineData("tasks.task.get", """{"id": "7"}""", "id", "Field `id` requires data type `int` for this request")]
    [InlineData("tasks.task.add", """{"fields": {"title": "T", "creatorId": 1, "responsibleId": 99}}""", "responsibleId", "User specified in the \"Executor\" field not found")]
    [InlineData("tasks.task.list", """{"filter": [["title", "=", "T"]]}""", "title", "In DTO `TaskDto`, the `title` field requires the `Filterable` attribute for such a request")]
    public async Task A_validation_error_has_a_generic_message_and_the_field_text_in_validation(string method, string body, string field, string fieldMessage)
    {
        await using var portal = await FakePortal.StartAsync(TestContext.Current.CancellationToken);

        var (status, json) = await Post(portal.Rest3() + method, body);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var error = json.GetProperty("error");
        Assert.Equal((ValidationCode, "Error during request object validation"), (error.GetProperty("code").GetString(), error.GetProperty("message").GetString()));
        var entry = Assert.Single(error.GetProperty("validation").EnumerateArray());
        Assert.Equal((fieldMessage, field), (entry.GetProperty("message").GetString(), entry.GetProperty("field").GetString()));
    }

    [Theory]
    [InlineData("tasks.task.get", """{"id": 404}""")]
    [InlineData("tasks.task.list", """{"order": {"id": "UP"}}""")]
    [InlineData("tasks.task.list", """{"pagination": {"limit": 0}}""")]
    [InlineData("tasks.task.list", """{"filter": [["id", "like", 1]]}""")]
    [InlineData("tasks.task.list", "{oops")]
    [InlineData("tasks.task.fly", "{}")]
    public async Task Every_other_error_has_only_code_and_message(string method, string body)
    {
        await using var portal = await FakePortal.StartAsync(TestContext.Current.CancellationToken);

        var (status, json) = await Post(portal.Rest3() + method, body);

        Assert.NotEqual(HttpStatusCode.OK, status);
        Assert.Equal(["code", "message"], json.GetProperty("error").EnumerateObject().Select(member => member.Name));
    }

    [Fact]
    public async Task Batch_elements_have_the_same_error_shapes()
    {
        await using var portal = await FakePortal.StartAsync(TestContext.Current.CancellationToken);

        var (_, json) = await Post(portal.Rest3() + "batch", """[{"method": "tasks.task.get", "query": {}}, {"method": "tasks.task.get", "query": {"id": 5}}]""");

        var results = json.GetProperty("result").EnumerateArray().Select(result => result.GetProperty("error")).ToList();
        var validation = Assert.Single(results[0].GetProperty("validation").EnumerateArray());
        Assert.Equal(("Required field `id` is missing", "id"), (validation.GetProperty("message").GetString(), validation.GetProperty("field").GetString()));
        Assert.Equal(["code", "message"], results[1].EnumerateObject().Select(member => member.Name));
    }

    [Theory]
    [InlineData("tasks.task.get", """{"id": 1}""")]
    [InlineData("tasks.task.get", """{"id": 999}""")]
    [InlineData("tasks.task.list", "{}")]
    [InlineData("tasks.task.add", """{"fields": {"title": "T", "creatorId": 2, "responsibleId": 2}}""")]
    [InlineData("tasks.task.add", """{"fields": {"title": "T", "creatorId": 2, "responsibleId": 404}}""")]
    public async Task The_restricted_webhook_is_denied_after_the_parameters_are_checked_and_before_existence(string method, string body)
    {
        await using var portal = await FakePortal.StartAsync(TestContext.Current.CancellationToken);
        portal.Tasks.Add(new FakeTask { Title = "Secret" });
        var restricted = portal.RestrictedWebhookUrl.Replace("/rest/", "/rest/api/", System.StringComparison.Ordinal);

        var (status, json) = await Post(restricted + method, body);
        var (invalid, invalidJson) = await Post(restricted + "tasks.task.get", """{"id": "x"}""");

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal(["BITRIX_REST_V3_EXCEPTION_ACCESSDENIEDEXCEPTION", "Access denied"], CodeAndMessage(json));
        Assert.Equal((HttpStatusCode.BadRequest, ValidationCode), (invalid, invalidJson.GetProperty("error").GetProperty("code").GetString()));
        Assert.Single(portal.Tasks.All);
    }

    [Fact]
    public async Task Related_user_fields_are_nested_objects()
    {
        await using var portal = await FakePortal.StartAsync(TestContext.Current.CancellationToken);
        portal.Tasks.Add(new FakeTask { Title = "Report", CreatorId = 1, ResponsibleId = 2 });
        portal.Tasks.Add(new FakeTask { Title = "Orphan", CreatorId = 1, ResponsibleId = 77 });

        var (_, got) = await Post(portal.Rest3() + "tasks.task.get", """{"id": 1, "select": ["title", "responsible.name", "responsible.email", "creator.id", "responsible.name"]}""");
        var (_, listed) = await Post(portal.Rest3() + "tasks.task.list", """{"select": ["responsible.id"]}""");
        var (_, onlyRelated) = await Post(portal.Rest3() + "tasks.task.get", """{"id": 1, "select": ["creator.name"]}""");

        Assert.Equal(
            """{"title":"Report","responsible":{"name":"Bruno Stone","email":"bruno.stone@example.com"},"creator":{"id":1}}""",
            got.GetProperty("result").GetProperty("item").GetRawText());
        Assert.Equal("""[{"id":1,"responsible":{"id":2}},{"id":2,"responsible":null}]""", listed.GetProperty("result").GetProperty("items").GetRawText());
        var item = onlyRelated.GetProperty("result").GetProperty("item");
        Assert.Equal(("Report", "Alice Walker"), (item.GetProperty("title").GetString(), item.GetProperty("creator").GetProperty("name").GetString()));
    }

    [Theory]
    [InlineData("tasks.task.get", """{"id": 1, "select": ["responsible.stageId"]}""", "Unknown field `stageId` for entity `UserDto`")]
    [InlineData("tasks.task.get", """{"id": 1, "select": ["id", "group.name"]}""", "Unknown field `group` for entity `TaskDto`")]
    [InlineData("tasks.task.list", """{"select": ["status.name"]}""", "Unknown field `status` for entity `TaskDto`")]
    [InlineData("tasks.task.list", """{"filter": [["stageName", "=", 1]]}""", "Unknown field `stageName` for entity `TaskDto`")]
    public async Task An_unknown_related_field_or_filter_field_is_an_unknown_dto_property(string method, string body, string message)
    {
        await using var portal = await FakePortal.StartAsync(TestContext.Current.CancellationToken);
        portal.Tasks.Add(new FakeTask { Title = "T" });

        var (status, json) = await Post(portal.Rest3() + method, body);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["BITRIX_REST_V3_EXCEPTION_UNKNOWNDTOPROPERTYEXCEPTION", message], CodeAndMessage(json));
    }

    [Fact]
    public async Task An_unknown_field_of_the_task_itself_is_left_out()
    {
        await using var portal = await FakePortal.StartAsync(TestContext.Current.CancellationToken);
        portal.Tasks.Add(new FakeTask { Title = "T" });

        var (status, json) = await Post(portal.Rest3() + "tasks.task.get", """{"id": 1, "select": ["id", "stageId"]}""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("""{"id":1}""", json.GetProperty("result").GetProperty("item").GetRawText());
    }

    /// <summary>The error's members in order, by value: exactly <c>code</c> and <c>message</c> when there is no <c>validation</c>.</summary>
    private static string[] CodeAndMessage(JsonElement json)
        => json.GetProperty("error").EnumerateObject().Select(member => member.Value.GetString() ?? string.Empty).ToArray();
}
