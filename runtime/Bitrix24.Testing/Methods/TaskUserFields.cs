using System;
using System.Collections.Generic;
using System.Text.Json;
using Bitrix24.Testing.Tasks;

namespace Bitrix24.Testing.Methods;

/// <summary>
/// The fields of the <c>UserDto</c> a task's user relations select (<c>responsible.name</c>). Every documented field
/// is known; those the fake does not keep (<c>role</c>, <c>image</c>, <c>gender</c>, <c>externalAuthId</c>,
/// <c>rights</c>) are written as <c>null</c>.
/// </summary>
internal static class TaskUserFields
{
    public const string Entity = "UserDto";

    private static readonly Dictionary<string, Action<Utf8JsonWriter, string, TaskUser>> Known = new(StringComparer.Ordinal)
    {
        ["id"] = (w, n, u) => w.WriteNumber(n, u.Id),
        ["name"] = (w, n, u) => w.WriteString(n, u.Name),
        ["email"] = (w, n, u) => w.WriteString(n, u.Email),
        ["role"] = (w, n, _) => w.WriteNull(n),
        ["image"] = (w, n, _) => w.WriteNull(n),
        ["gender"] = (w, n, _) => w.WriteNull(n),
        ["externalAuthId"] = (w, n, _) => w.WriteNull(n),
        ["rights"] = (w, n, _) => w.WriteNull(n),
    };

    public static bool IsKnown(string name) => Known.ContainsKey(name);

    public static void Write(Utf8JsonWriter writer, TaskUser user, IReadOnlyList<string> fields)
    {
        writer.WriteStartObject();
        foreach (var name in fields)
        {
            Known[name](writer, name, user);
        }

        writer.WriteEndObject();
    }
}
