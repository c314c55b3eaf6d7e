using System;
using System.Globalization;
using System.Text.Json;
using Bitrix24.Testing.Protocol;
using Bitrix24.Testing.Tasks;

namespace Bitrix24.Testing.Methods;

/// <summary>REST 3.0 <c>tasks.task.add</c>: creates a task from <c>fields</c> and answers <c>{"item": task}</c>.</summary>
internal sealed class TaskAddHandler : IMethodHandler
{
    public string Method => "tasks.task.add";

    public bool IsWrite => true;

    public void Handle(CallContext call, Utf8JsonWriter result)
    {
        if (call.Parameters.Get("fields") is not { ValueKind: JsonValueKind.Object } fields)
        {
            throw Rest3Errors.Required("fields");
        }

        var title = fields.TryGetProperty("title", out var titleValue) && titleValue.ValueKind == JsonValueKind.String && titleValue.GetString()!.Length > 0
            ? titleValue.GetString()!
            : throw Rest3Errors.Required("title");
        var task = new FakeTask
        {
            Title = title,
            CreatorId = UserId(fields, "creatorId"),
            ResponsibleId = UserId(fields, "responsibleId"),
            Description = fields.TryGetProperty("description", out var description) && description.ValueKind == JsonValueKind.String ? description.GetString()! : string.Empty,
            Deadline = Deadline(fields),
        };
        if (!call.CanUseTasks)
        {
            throw new RestException(Rest3Errors.AccessDenied);
        }

        RequireUser(call, task.CreatorId, "creatorId", "User specified in the \"Creator\" field not found");
        RequireUser(call, task.ResponsibleId, "responsibleId", "User specified in the \"Executor\" field not found");

        result.WriteStartObject();
        result.WritePropertyName("item");
        TaskSelection.All.Write(result, call.Tasks.Add(task), call.Crm.UserExists);
        result.WriteEndObject();
    }

    private static void RequireUser(CallContext call, long id, string field, string message)
    {
        if (!call.Crm.UserExists(id))
        {
            throw Rest3Errors.Validation(field, message);
        }
    }

    private static long UserId(JsonElement fields, string name)
    {
        if (!fields.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            throw Rest3Errors.Required(name);
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out var id))
        {
            throw Rest3Errors.WrongType(name, "int");
        }

        return id;
    }

    private static DateTimeOffset? Deadline(JsonElement fields)
    {
        if (!fields.TryGetProperty("deadline", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String && DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var deadline)
            ? deadline
            : throw Rest3Errors.WrongType("deadline", "DateTime");
    }
}
