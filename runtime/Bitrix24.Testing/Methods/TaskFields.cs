using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using Bitrix24.Testing.Tasks;

namespace Bitrix24.Testing.Methods;

/// <summary>The task fields the fake knows, how each is written and compared (REST 3.0 writes real JSON types).</summary>
internal static class TaskFields
{
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

    /// <summary>The known names of a <c>select</c>, in its order; unknown names are left out, as the portal does.</summary>
    public static IReadOnlyList<string> Parse(JsonElement? select, IReadOnlyList<string> byDefault)
        => select is { ValueKind: JsonValueKind.Array } names
            ? names.EnumerateArray().Select(name => name.ValueKind == JsonValueKind.String ? name.GetString()! : string.Empty).Where(Known.ContainsKey).Distinct().ToList()
            : byDefault;

    public static bool IsSortable(string name) => Known.ContainsKey(name) && name != "link";

    public static IComparable? SortKey(FakeTask task, string name) => Known[name].Key(task);

    public static void Write(Utf8JsonWriter writer, FakeTask task, IReadOnlyList<string> fields)
    {
        writer.WriteStartObject();
        foreach (var name in fields)
        {
            Known[name].Write(writer, name, task);
        }

        writer.WriteEndObject();
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
