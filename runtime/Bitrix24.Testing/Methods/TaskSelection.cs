using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Bitrix24.Testing.Protocol;
using Bitrix24.Testing.Tasks;

namespace Bitrix24.Testing.Methods;

/// <summary>
/// What a REST 3.0 task <c>select</c> asks for: the task's own fields, and the fields of its related users
/// (<c>responsible.name</c>), each relation answered as a nested object.
/// </summary>
/// <param name="Fields">The task's own fields, in the order asked.</param>
/// <param name="Relations">Each related user asked for, with its fields, in the order first asked.</param>
internal sealed record TaskSelection(IReadOnlyList<string> Fields, IReadOnlyList<(string Relation, List<string> Fields)> Relations)
{
    private static readonly Dictionary<string, Func<FakeTask, long>> UserRelations = new(StringComparer.Ordinal)
    {
        ["creator"] = task => task.CreatorId,
        ["responsible"] = task => task.ResponsibleId,
    };

    public static TaskSelection All { get; } = new(TaskFields.All, []);

    /// <summary>
    /// Reads <c>select</c>. Unknown names of the task itself are left out, as the portal does; a related name whose
    /// relation or field the fake does not know is <c>UNKNOWNDTOPROPERTYEXCEPTION</c>. Related names alone come with
    /// the fields the method answers without <c>select</c>.
    /// </summary>
    public static TaskSelection Parse(JsonElement? select, IReadOnlyList<string> byDefault)
    {
        if (select is not { ValueKind: JsonValueKind.Array } names)
        {
            return new TaskSelection(byDefault, []);
        }

        var own = new List<string>();
        var relations = new List<(string Relation, List<string> Fields)>();
        foreach (var name in names.EnumerateArray().Select(name => name.ValueKind == JsonValueKind.String ? name.GetString()! : string.Empty))
        {
            var dot = name.IndexOf('.', StringComparison.Ordinal);
            if (dot < 0)
            {
                AddOnce(own, name, TaskFields.IsKnown(name));
                continue;
            }

            var (relation, field) = (name[..dot], name[(dot + 1)..]);
            if (!UserRelations.ContainsKey(relation))
            {
                throw Rest3Errors.UnknownDtoProperty(relation, TaskFields.Entity);
            }

            if (!TaskUserFields.IsKnown(field))
            {
                throw Rest3Errors.UnknownDtoProperty(field, TaskUserFields.Entity);
            }

            var index = relations.FindIndex(selected => selected.Relation == relation);
            AddOnce(index < 0 ? Added(relations, relation) : relations[index].Fields, field, known: true);
        }

        return new TaskSelection(own.Count == 0 && relations.Count > 0 ? byDefault : own, relations);
    }

    /// <summary>Writes the task; a related user that does not exist is <c>null</c>.</summary>
    public void Write(Utf8JsonWriter writer, FakeTask task, Func<long, bool> userExists)
    {
        writer.WriteStartObject();
        TaskFields.WriteMembers(writer, task, Fields);
        foreach (var (relation, fields) in Relations)
        {
            var userId = UserRelations[relation](task);
            writer.WritePropertyName(relation);
            if (userExists(userId))
            {
                TaskUserFields.Write(writer, TaskUser.Of(userId), fields);
            }
            else
            {
                writer.WriteNullValue();
            }
        }

        writer.WriteEndObject();
    }

    private static void AddOnce(List<string> names, string name, bool known)
    {
        if (known && !names.Contains(name))
        {
            names.Add(name);
        }
    }

    private static List<string> Added(List<(string Relation, List<string> Fields)> relations, string relation)
    {
        relations.Add((relation, []));
        return relations[^1].Fields;
    }
}
