using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using Bitrix24.Testing.Tasks;

namespace Bitrix24.Testing.Methods;

/// <summary>The task fields the fake knows, how each is written and compared (REST 3.0 writes real JSON types).</summary>
internal static class TaskFields
{
    public const string Entity = "TaskDto";

    /// <summary>Every field the documentation gives the task object, kept or not: a filter on any other name is an unknown field.</summary>
    private static readonly HashSet<string> Documented = new(StringComparer.Ordinal)
    {
        "id", "title", "description", "creatorId", "creator", "created", "responsibleId", "responsible", "deadline",
        "needsControl", "startPlan", "endPlan", "checklist", "groupId", "group", "stageId", "stage", "epicId",
        "storyPoints", "flowId", "flow", "priority", "status", "statusChanged", "accomplices", "auditors", "parentId",
        "parent", "containsChecklist", "containsSubTasks", "containsRelatedTasks", "containsGanttLinks",
        "containsPlacements", "containsResults", "numberOfReminders", "chatId", "chat", "plannedDuration",
        "actualDuration", "durationType", "started", "estimatedTime", "replicate", "changed", "changedById",
        "changedBy", "statusChangedById", "statusChangedBy", "closedById", "closedBy", "closed", "activity", "guid",
        "xmlId", "exchangeId", "exchangeModified", "outlookVersion", "mark", "allowsChangeDeadline",
        "allowsTimeTracking", "matchesWorkTime", "addInReport", "isMultitask", "siteId", "forkedByTemplateId",
        "forkedByTemplate", "maxDeadlineChangeDate", "maxDeadlineChanges", "requireDeadlineChangeReason", "link",
        "rights", "archiveLink", "crmItemIds", "emailId", "email", "elapsedTime", "requireResult",
        "matchesSubTasksTime", "autocompleteSubTasks", "allowsChangeDatePlan", "inFavorite", "inPin", "inGroupPin",
        "inMute", "source", "dependsOn", "scenarios",
    };

    private static readonly Dictionary<string, (Action<Utf8JsonWriter, string, FakeTask> Write, Func<FakeTask, IComparable?> Key)> Known = new(StringComparer.Ordinal)
    {
        ["id"] = ((w, n, t) => w.WriteNumber(n, t.Id), t => t.Id),
        ["title"] = ((w, n, t) => w.WriteString(n, t.Title), t => t.Title),
        ["description"] = ((w, n, t) => w.WriteString(n, t.Description), t => t.Description),
        ["creatorId"] = ((w, n, t) => w.WriteNumber(n, t.CreatorId), t => t.CreatorId),
        ["responsibleId"] = ((w, n, t) => w.WriteNumber(n, t.ResponsibleId), t => t.ResponsibleId),
        ["deadline"] = ((w, n, t) => WriteDate(w, n, t.Deadline), t => t.Deadline),
        ["priority"] = ((w, n, t) => w.WriteString(n, t.Priority), t => t.Priority),
        ["status"] = ((w, n, t) => w.WriteString(n, t.Status), t => t.Status),
        ["changed"] = ((w, n, t) => WriteDate(w, n, t.Changed), t => t.Changed),
        ["link"] = ((w, n, t) => w.WriteString(n, string.Create(CultureInfo.InvariantCulture, $"/company/personal/user/{t.ResponsibleId}/tasks/task/view/{t.Id}/")), t => t.Id),
    };

    public static IReadOnlyList<string> All { get; } = [.. Known.Keys];

    public static IReadOnlyList<string> OnlyId { get; } = ["id"];

    /// <summary>Whether the fake keeps the field (and so can write, sort or select it).</summary>
    public static bool IsKnown(string name) => Known.ContainsKey(name);

    /// <summary>Whether the task object has the field at all, as documented.</summary>
    public static bool IsDocumented(string name) => Documented.Contains(name);

    public static bool IsSortable(string name) => Known.ContainsKey(name) && name != "link";

    public static IComparable? SortKey(FakeTask task, string name) => Known[name].Key(task);

    public static void WriteMembers(Utf8JsonWriter writer, FakeTask task, IReadOnlyList<string> fields)
    {
        foreach (var name in fields)
        {
            Known[name].Write(writer, name, task);
        }
    }

    private static void WriteDate(Utf8JsonWriter writer, string name, DateTimeOffset? value)
    {
        if (value is { } date)
        {
            writer.WriteString(name, date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
