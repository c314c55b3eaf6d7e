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
            CreatorId = User(call, fields, "creatorId"),
            ResponsibleId = User(call, fields, "responsibleId"),
            Description = fields.TryGetProperty("description", out var description) && description.ValueKind == JsonValueKind.String ? description.GetString()! : string.Empty,
            Deadline = Deadline(fields),
        };

        result.WriteStartObject();
        result.WritePropertyName("item");
        TaskFields.Write(result, call.Tasks.Add(task), TaskFields.All);
        result.WriteEndObject();
    }

    private static long User(CallContext call, JsonElement fields, string name)
    {
        if (!fields.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            throw Rest3Errors.Required(name);
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out var id))
        {
            throw Rest3Errors.WrongType(name, "int");
        }

        return call.Crm.UserExists(id)
            ? id
            : throw Rest3Errors.Validation(name, name == "responsibleId" ? "User specified in the \"Executor\" field not found" : "User specified in the \"Creator\" field not found");
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
