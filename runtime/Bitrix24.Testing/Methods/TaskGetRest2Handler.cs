using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using Bitrix24.Testing.Protocol;
using Bitrix24.Testing.Tasks;

namespace Bitrix24.Testing.Methods;

/// <summary>
/// REST 2 <c>tasks.task.get</c>: a task by <c>taskId</c> as <c>{"task": {...}}</c> with the REST 2 field names
/// (camelCase), ids and numbers as strings, <c>Y</c>/<c>N</c> flags, status and priority as numeric strings, dates in
/// ISO 8601 with offset, unset dates as <see cref="FakePortalOptions.EmptyDate"/> says (<c>closedDate</c> is <c>null</c>
/// until the task is completed, as documented), an empty <c>group</c> as PHP's <c>[]</c>. A task that does not exist
/// or that the caller may not see answers <c>"result": []</c>, as documented.
/// </summary>
internal sealed class TaskGetRest2Handler : IMethodHandler
{
    private const string InternalError = "100";

    private static readonly (string Name, Action<Utf8JsonWriter, string, FakeTask, FakePortalOptions> Write)[] Fields =
    [
        ("id", (w, n, t, _) => LooseJson.Id(w, n, t.Id)),
        ("parentId", (w, n, _, _) => w.WriteNull(n)),
        ("title", (w, n, t, _) => w.WriteString(n, t.Title)),
        ("description", (w, n, t, _) => w.WriteString(n, t.Description)),
        ("mark", (w, n, _, _) => w.WriteNull(n)),
        ("priority", (w, n, t, _) => w.WriteString(n, t.Priority == "high" ? "2" : "1")),
        ("multitask", (w, n, _, _) => LooseJson.YesNo(w, n, false)),
        ("notViewed", (w, n, _, _) => LooseJson.YesNo(w, n, false)),
        ("replicate", (w, n, _, _) => LooseJson.YesNo(w, n, false)),
        ("stageId", (w, n, _, _) => w.WriteString(n, "0")),
        ("createdBy", (w, n, t, _) => LooseJson.Id(w, n, t.CreatorId)),
        ("createdDate", (w, n, t, o) => LooseJson.DateTime(w, n, t.Created, o.EmptyDate)),
        ("responsibleId", (w, n, t, _) => LooseJson.Id(w, n, t.ResponsibleId)),
        ("changedBy", (w, n, t, _) => LooseJson.Id(w, n, t.CreatorId)),
        ("changedDate", (w, n, t, o) => LooseJson.DateTime(w, n, t.Changed, o.EmptyDate)),
        ("statusChangedBy", (w, n, t, _) => LooseJson.Id(w, n, t.CreatorId)),
        ("closedBy", (w, n, t, _) => LooseJson.Id(w, n, IsCompleted(t) ? t.ResponsibleId : 0)),
        ("closedDate", (w, n, t, _) => LooseJson.DateTime(w, n, IsCompleted(t) ? t.Changed : null, Profiles.FakeEmptyDate.Null)),
        ("activityDate", (w, n, t, o) => LooseJson.DateTime(w, n, t.Changed, o.EmptyDate)),
        ("dateStart", (w, n, _, o) => LooseJson.DateTime(w, n, null, o.EmptyDate)),
        ("deadline", (w, n, t, o) => LooseJson.DateTime(w, n, t.Deadline, o.EmptyDate)),
        ("startDatePlan", (w, n, t, o) => LooseJson.DateTime(w, n, t.StartDatePlan, o.EmptyDate)),
        ("endDatePlan", (w, n, t, o) => LooseJson.DateTime(w, n, t.EndDatePlan, o.EmptyDate)),
        ("guid", (w, n, t, _) => w.WriteString(n, string.Create(CultureInfo.InvariantCulture, $"{{{t.Id:D8}-0000-4000-8000-000000000000}}"))),
        ("xmlId", (w, n, _, _) => w.WriteNull(n)),
        ("commentsCount", (w, n, _, _) => w.WriteNull(n)),
        ("allowChangeDeadline", (w, n, _, _) => LooseJson.YesNo(w, n, true)),
        ("allowTimeTracking", (w, n, t, _) => LooseJson.YesNo(w, n, t.TimeEstimate is not null)),
        ("taskControl", (w, n, _, _) => LooseJson.YesNo(w, n, false)),
        ("addInReport", (w, n, _, _) => LooseJson.YesNo(w, n, false)),
        ("forkedByTemplateId", (w, n, _, _) => w.WriteNull(n)),
        ("timeEstimate", (w, n, t, _) => w.WriteString(n, ((long)(t.TimeEstimate ?? TimeSpan.Zero).TotalSeconds).ToString(CultureInfo.InvariantCulture))),
        ("timeSpentInLogs", (w, n, _, _) => w.WriteNull(n)),
        ("matchWorkTime", (w, n, _, _) => LooseJson.YesNo(w, n, false)),
        ("siteId", (w, n, _, _) => w.WriteString(n, "s1")),
        ("subordinate", (w, n, _, _) => LooseJson.YesNo(w, n, false)),
        ("favorite", (w, n, _, _) => LooseJson.YesNo(w, n, false)),
        ("status", (w, n, t, _) => w.WriteString(n, Status(t.Status))),
        ("statusChangedDate", (w, n, t, o) => LooseJson.DateTime(w, n, t.Changed, o.EmptyDate)),
        ("durationPlan", (w, n, _, _) => w.WriteNull(n)),
        ("durationType", (w, n, _, _) => w.WriteString(n, "days")),
        ("groupId", (w, n, t, _) => LooseJson.Id(w, n, t.GroupId ?? 0)),
        ("auditors", (w, n, t, _) => Ids(w, n, t.Auditors)),
        ("accomplices", (w, n, _, _) => Ids(w, n, [])),
        ("group", (w, n, _, _) =>
        {
            w.WriteStartArray(n);
            w.WriteEndArray();
        }),
        ("creator", (w, n, t, _) => User(w, n, t.CreatorId)),
        ("responsible", (w, n, t, _) => User(w, n, t.ResponsibleId)),
        ("newCommentsCount", (w, n, _, _) => w.WriteNumber(n, 0)),
        ("action", (w, n, t, _) => Actions(w, n, IsCompleted(t))),
        ("checkListCanAdd", (w, n, _, _) => w.WriteBoolean(n, true)),
    ];

    public string Method => "tasks.task.get";

    public bool IsWrite => false;

    public void Handle(CallContext call, Utf8JsonWriter result)
    {
        var id = call.Parameters.Get("taskId") switch
        {
            null or { ValueKind: JsonValueKind.Null } => throw CallContext.Error(InternalError, "CTaskItem All parameters in the constructor must have real class type (internal error)"),
            var given => Parameters.AsPositiveId(given) ?? throw CallContext.Error("0", "wrong task id"),
        };
        var fields = Selected(call.Parameters.Get("select"));
        var task = call.CanUseTasks ? call.Tasks.Find(id) : null;
        if (task is null)
        {
            result.WriteStartArray();
            result.WriteEndArray();
            return;
        }

        result.WriteStartObject();
        result.WriteStartObject("task");
        foreach (var index in fields)
        {
            var (name, write) = Fields[index];
            write(result, name, task, call.Options);
        }

        result.WriteEndObject();
        result.WriteEndObject();
    }

    /// <summary>
    /// The fields <c>select</c> asks for, by their upper-case names (<c>RESPONSIBLE_ID</c> for <c>responsibleId</c>);
    /// <c>*</c> or no <c>select</c> is every field. <c>id</c> always comes. A <c>select</c> that is not a non-empty
    /// array is the documented internal error.
    /// </summary>
    private static IReadOnlyList<int> Selected(JsonElement? select)
    {
        if (select is null or { ValueKind: JsonValueKind.Null })
        {
            return All;
        }

        if (select is not { ValueKind: JsonValueKind.Array } names || names.GetArrayLength() == 0)
        {
            throw CallContext.Error(InternalError, $"Invalid value {select.Value.GetRawText()} to match with parameter {{select}}. Should be value of type array. (internal error)");
        }

        var asked = names.EnumerateArray().Select(name => Parameters.AsString(name)?.ToUpperInvariant()).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return asked.Contains("*") ? All : All.Where(index => index == 0 || asked.Contains(UpperSnake(Fields[index].Name))).ToArray();
    }

    private static readonly int[] All = Enumerable.Range(0, Fields.Length).ToArray();

    private static string UpperSnake(string camel)
    {
        var text = new StringBuilder(camel.Length + 4);
        foreach (var c in camel)
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append('_');
            }

            text.Append(char.ToUpperInvariant(c));
        }

        return text.ToString();
    }

    private static bool IsCompleted(FakeTask task) => task.Status == "completed";

    // REST 2 numbers the statuses: 2 pending, 3 in progress, 4 awaiting control, 5 completed, 6 deferred.
    private static string Status(string status) => status switch
    {
        "in_progress" => "3",
        "supposedly_completed" => "4",
        "completed" => "5",
        "deferred" => "6",
        _ => "2",
    };

    private static void Ids(Utf8JsonWriter writer, string name, IEnumerable<long> ids)
    {
        writer.WriteStartArray(name);
        foreach (var id in ids)
        {
            writer.WriteStringValue(id.ToString(CultureInfo.InvariantCulture));
        }

        writer.WriteEndArray();
    }

    private static void User(Utf8JsonWriter writer, string name, long id)
    {
        var user = TaskUser.Of(id);
        writer.WriteStartObject(name);
        LooseJson.Id(writer, "id", user.Id);
        writer.WriteString("name", user.Name);
        writer.WriteString("link", string.Create(CultureInfo.InvariantCulture, $"/company/personal/user/{user.Id}/"));
        writer.WriteString("icon", "/bitrix/images/tasks/default_avatar.png");
        writer.WriteString("workPosition", string.Empty);
        writer.WriteEndObject();
    }

    private static void Actions(Utf8JsonWriter writer, string name, bool completed)
    {
        writer.WriteStartObject(name);
        writer.WriteBoolean("complete", !completed);
        writer.WriteBoolean("renew", completed);
        writer.WriteBoolean("edit", true);
        writer.WriteBoolean("remove", true);
        writer.WriteBoolean("edit.originator", false);
        writer.WriteBoolean("checklist.add", true);
        writer.WriteEndObject();
    }
}
