using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Bitrix24.Testing.Protocol;
using Bitrix24.Testing.Tasks;

namespace Bitrix24.Testing.Methods;

/// <summary>
/// REST 3.0 <c>tasks.task.list</c>: <c>{"items": [...]}</c> filtered by <c>id</c> conditions (and/or groups),
/// ordered by <c>order</c> (id ascending by default), one page of <c>pagination</c>; only <c>id</c> unless <c>select</c> says more.
/// </summary>
internal sealed class TaskListHandler : IMethodHandler
{
    private const int DefaultLimit = 50;
    private const int MaxLimit = 1000;

    public string Method => "tasks.task.list";

    public bool IsWrite => false;

    public void Handle(CallContext call, Utf8JsonWriter result)
    {
        var matches = Conditions(call.Parameters.Get("filter"));
        var ordered = Order(call.Tasks.All.Where(matches), call.Parameters.Get("order"));
        var (offset, limit) = Page(call.Parameters.Get("pagination"));
        var selection = TaskSelection.Parse(call.Parameters.Get("select"), TaskFields.OnlyId);
        if (!call.CanUseTasks)
        {
            throw new RestException(Rest3Errors.AccessDenied);
        }

        result.WriteStartObject();
        result.WriteStartArray("items");
        foreach (var task in ordered.Skip(call.ListFault == FakeListFault.IgnoresPage ? 0 : offset).Take(limit))
        {
            selection.Write(result, task, call.Crm.UserExists);
        }

        result.WriteEndArray();
        result.WriteEndObject();
    }

    private static Func<FakeTask, bool> Conditions(JsonElement? filter)
    {
        if (filter is not { ValueKind: JsonValueKind.Array } conditions)
        {
            return _ => true;
        }

        var all = conditions.EnumerateArray().Select(Condition).ToList();
        return task => all.TrueForAll(condition => condition(task));
    }

    private static Func<FakeTask, bool> Condition(JsonElement condition)
    {
        if (condition.ValueKind == JsonValueKind.Object)
        {
            var any = condition.TryGetProperty("conditions", out var inner) && inner.ValueKind == JsonValueKind.Array
                ? inner.EnumerateArray().Select(Condition).ToList()
                : [];
            var isOr = condition.TryGetProperty("logic", out var logic) && string.Equals(logic.GetString(), "or", StringComparison.OrdinalIgnoreCase);
            return isOr ? task => any.Exists(c => c(task)) : task => any.TrueForAll(c => c(task));
        }

        var parts = condition.ValueKind == JsonValueKind.Array ? condition.EnumerateArray().ToList() : [];
        if (parts.Count is < 2 or > 3 || parts[0].ValueKind != JsonValueKind.String)
        {
            throw Rest3Errors.Validation("filter", "Unable to recognize a filter condition");
        }

        var field = parts[0].GetString()!;
        if (!TaskFields.IsDocumented(field))
        {
            throw Rest3Errors.UnknownDtoProperty(field, TaskFields.Entity);
        }

        if (field != "id")
        {
            throw Rest3Errors.Validation(field, $"In DTO `TaskDto`, the `{field}` field requires the `Filterable` attribute for such a request");
        }

        var op = parts.Count == 3 ? parts[1].GetString() ?? string.Empty : parts[1].ValueKind == JsonValueKind.Array ? "in" : "=";
        var value = parts[^1];
        var ids = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().Select(Id).ToList() : [Id(value)];
        return op switch
        {
            "=" => task => task.Id == ids[0],
            "!=" => task => task.Id != ids[0],
            ">" => task => task.Id > ids[0],
            ">=" => task => task.Id >= ids[0],
            "<" => task => task.Id < ids[0],
            "<=" => task => task.Id <= ids[0],
            "in" => task => ids.Contains(task.Id),
            "between" when ids.Count == 2 => task => task.Id >= ids[0] && task.Id <= ids[1],
            _ => throw Rest3Errors.UnknownFilterOperator(op),
        };
    }

    private static long Id(JsonElement value)
        => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var id) ? id : throw Rest3Errors.WrongType("id", "int");

    private static IEnumerable<FakeTask> Order(IEnumerable<FakeTask> tasks, JsonElement? order)
    {
        if (order is not { ValueKind: JsonValueKind.Object } keys || !keys.EnumerateObject().Any())
        {
            return tasks;
        }

        IOrderedEnumerable<FakeTask>? ordered = null;
        foreach (var key in keys.EnumerateObject())
        {
            var direction = key.Value.ValueKind == JsonValueKind.String ? key.Value.GetString()!.ToUpperInvariant() : string.Empty;
            if (!TaskFields.IsSortable(key.Name) || direction is not ("ASC" or "DESC"))
            {
                throw Rest3Errors.InvalidOrder(keys.GetRawText());
            }

            var name = key.Name;
            ordered = (ordered, direction) switch
            {
                (null, "ASC") => tasks.OrderBy(task => TaskFields.SortKey(task, name)),
                (null, _) => tasks.OrderByDescending(task => TaskFields.SortKey(task, name)),
                (_, "ASC") => ordered.ThenBy(task => TaskFields.SortKey(task, name)),
                _ => ordered.ThenByDescending(task => TaskFields.SortKey(task, name)),
            };
        }

        return ordered!;
    }

    /// <summary>Pages count from 1; <c>page</c> and <c>limit</c> give the offset, else <c>offset</c> does.</summary>
    private static (int Offset, int Limit) Page(JsonElement? pagination)
    {
        if (pagination is not { ValueKind: JsonValueKind.Object } given)
        {
            return (0, DefaultLimit);
        }

        var limit = Number(given, "limit") ?? DefaultLimit;
        var page = Number(given, "page");
        var offset = Number(given, "offset") ?? 0;
        if (limit is <= 0 or > MaxLimit || page is <= 0 || offset < 0)
        {
            throw Rest3Errors.InvalidPagination(given.GetRawText());
        }

        // A page far past the end is an empty page, not an int overflow back to the first one.
        return (page is { } number ? (int)Math.Min((number - 1L) * limit, int.MaxValue) : offset, limit);

        int? Number(JsonElement parameters, string name)
        {
            if (!parameters.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            var parsed = value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n) ? n
                : value.ValueKind == JsonValueKind.String && int.TryParse(value.GetString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out n) ? n
                : (int?)null;
            return parsed ?? throw Rest3Errors.InvalidPagination(parameters.GetRawText());
        }
    }
}
