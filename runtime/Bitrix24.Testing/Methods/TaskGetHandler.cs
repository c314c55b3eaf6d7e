using System.Text.Json;
using Bitrix24.Testing.Protocol;

namespace Bitrix24.Testing.Methods;

/// <summary>REST 3.0 <c>tasks.task.get</c>: a task by <c>id</c> as <c>{"item": task}</c>, with the fields of <c>select</c> (all by default).</summary>
internal sealed class TaskGetHandler : IMethodHandler
{
    public string Method => "tasks.task.get";

    public bool IsWrite => false;

    public void Handle(CallContext call, Utf8JsonWriter result)
    {
        var id = call.Parameters.Get("id") switch
        {
            null or { ValueKind: JsonValueKind.Null } => throw Rest3Errors.Required("id"),
            { ValueKind: JsonValueKind.Number } number when number.TryGetInt64(out var value) => value,
            _ => throw Rest3Errors.WrongType("id", "int"),
        };
        var selection = TaskSelection.Parse(call.Parameters.Get("select"), TaskFields.All);
        if (!call.CanUseTasks)
        {
            throw new RestException(Rest3Errors.AccessDenied);
        }

        var task = call.Tasks.Find(id) ?? throw Rest3Errors.NotFound(id);

        result.WriteStartObject();
        result.WritePropertyName("item");
        selection.Write(result, task, call.Crm.UserExists);
        result.WriteEndObject();
    }
}
