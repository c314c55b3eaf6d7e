using System;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text.Json;
using System.Threading.Tasks;
using Bitrix24.Testing.Profiles;
using Bitrix24.Testing.Tasks;
using static Bitrix24.Testing.Tests.PortalHttp;

namespace Bitrix24.Testing.Tests;

/// <summary>REST 2 <c>tasks.task.get</c> over raw HTTP (<c>/rest/</c>, beside REST 3.0's at <c>/rest/api/</c>): <c>{"task": {...}}</c> with loose values.</summary>
public sealed class TaskGetRest2Tests
{
    [Fact]
    public async Task A_task_comes_under_task_with_camel_case_names_string_ids_and_dates_with_offset()
    {
        await using var portal = await FakePortal.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        var task = portal.Tasks.Add(new FakeTask
        {
            Title = "Call back",
            ResponsibleId = 2,
            Deadline = new DateTimeOffset(2025, 10, 24, 19, 0, 0, TimeSpan.FromHours(2)),
            Priority = "high",
            Status = "in_progress",
            Auditors = { 1, 7 },
            TimeEstimate = TimeSpan.FromHours(1.5),
        });

        var (status, json) = await Post(portal.WebhookUrl + "tasks.task.get", $$"""{"taskId": {{task.Id}}}""");
        var item = json.GetProperty("result").GetProperty("task");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(task.Id.ToString(CultureInfo.InvariantCulture), item.GetProperty("id").GetString());
        Assert.Equal(("Call back", "1", "2"), (item.GetProperty("title").GetString(), item.GetProperty("createdBy").GetString(), item.GetProperty("responsibleId").GetString()));
        Assert.Equal("2025-10-24T19:00:00+02:00", item.GetProperty("deadline").GetString());
        Assert.Equal(("2", "3", "5400"), (item.GetProperty("priority").GetString(), item.GetProperty("status").GetString(), item.GetProperty("timeEstimate").GetString()));
        Assert.Equal(["1", "7"], item.GetProperty("auditors").EnumerateArray().Select(id => id.GetString()));
        Assert.Equal("[]", item.GetProperty("group").GetRawText());
        Assert.Equal(("N", "0"), (item.GetProperty("multitask").GetString(), item.GetProperty("closedBy").GetString()));
        Assert.Equal(JsonValueKind.Null, item.GetProperty("closedDate").ValueKind);
        Assert.Equal(("2", "Bruno Stone"), (item.GetProperty("responsible").GetProperty("id").GetString(), item.GetProperty("responsible").GetProperty("name").GetString()));
        Assert.True(item.GetProperty("action").GetProperty("complete").GetBoolean());
    }

    [Theory]
    [InlineData(FakeEmptyDate.EmptyString, "\"\"")]
    [InlineData(FakeEmptyDate.Null, "null")]
    public async Task Unset_dates_are_written_as_the_profile_says(FakeEmptyDate profile, string expected)
    {
        await using var portal = await FakePortal.StartAsync(new FakePortalOptions { EmptyDate = profile }, TestContext.Current.CancellationToken);
        var task = portal.Tasks.Add(new FakeTask { Title = "No dates" });

        var (_, json) = await Post(portal.WebhookUrl + "tasks.task.get", $$"""{"taskId": "{{task.Id}}"}""");
        var item = json.GetProperty("result").GetProperty("task");

        Assert.Equal([expected, expected, expected], new[] { "deadline", "startDatePlan", "dateStart" }.Select(name => item.GetProperty(name).GetRawText()));
    }

    [Fact]
    public async Task A_completed_task_has_its_closing_date_and_user()
    {
        await using var portal = await FakePortal.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        var task = portal.Tasks.Add(new FakeTask { Status = "completed", ResponsibleId = 3, Changed = new DateTimeOffset(2024, 8, 29, 10, 12, 45, TimeSpan.FromHours(3)) });

        var (_, json) = await Post(portal.WebhookUrl + "tasks.task.get", $$"""{"taskId": {{task.Id}}}""");
        var item = json.GetProperty("result").GetProperty("task");

        Assert.Equal(("5", "3", "2024-08-29T10:12:45+03:00"), (item.GetProperty("status").GetString(), item.GetProperty("closedBy").GetString(), item.GetProperty("closedDate").GetString()));
    }

    [Fact]
    public async Task Select_takes_upper_case_names_and_always_brings_the_id()
    {
        await using var portal = await FakePortal.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        var task = portal.Tasks.Add(new FakeTask { Title = "Picked" });

        var (_, json) = await Post(portal.WebhookUrl + "tasks.task.get", $$"""{"taskId": {{task.Id}}, "select": ["TITLE", "RESPONSIBLE_ID", "UNKNOWN"]}""");

        Assert.Equal(["id", "title", "responsibleId"], json.GetProperty("result").GetProperty("task").EnumerateObject().Select(field => field.Name));
    }

    [Theory]
    [InlineData("{}", "100", "CTaskItem All parameters in the constructor must have real class type (internal error)")]
    [InlineData("""{"taskId": "abc"}""", "0", "wrong task id")]
    [InlineData("""{"taskId": 1, "select": {}}""", "100", "Invalid value {} to match with parameter {select}. Should be value of type array. (internal error)")]
    [InlineData("""{"taskId": 1, "select": []}""", "100", "Invalid value [] to match with parameter {select}. Should be value of type array. (internal error)")]
    public async Task Documented_errors(string body, string code, string message)
    {
        await using var portal = await FakePortal.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        portal.Tasks.Add(new FakeTask());

        var (status, json) = await Post(portal.WebhookUrl + "tasks.task.get", body);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal((code, message), (json.GetProperty("error").GetString(), json.GetProperty("error_description").GetString()));
    }

    [Fact]
    public async Task A_missing_task_and_one_the_caller_may_not_see_answer_an_empty_array_as_documented()
    {
        await using var portal = await FakePortal.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        var task = portal.Tasks.Add(new FakeTask { Title = "Hidden" });

        var (missingStatus, missing) = await Post(portal.WebhookUrl + "tasks.task.get", """{"taskId": 999999}""");
        var (hiddenStatus, hidden) = await Post(portal.RestrictedWebhookUrl + "tasks.task.get", $$"""{"taskId": {{task.Id}}}""");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (missingStatus, hiddenStatus));
        Assert.Equal("[]", missing.GetProperty("result").GetRawText());
        Assert.Equal("[]", hidden.GetProperty("result").GetRawText());
    }

    [Fact]
    public async Task Rest3_tasks_task_get_still_answers_at_rest_api()
    {
        await using var portal = await FakePortal.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        var task = portal.Tasks.Add(new FakeTask { Title = "Both" });

        var (_, json) = await Post(portal.Rest3() + "tasks.task.get", $$"""{"id": {{task.Id}}}""");

        Assert.Equal(task.Id, json.GetProperty("result").GetProperty("item").GetProperty("id").GetInt64());
    }
}
