using System;
using System.Globalization;
using System.Text.Json;

namespace Bitrix24.Testing.Protocol;

/// <summary>The parameters of a call, read as loosely as Bitrix24 reads them (numbers as strings, any key case).</summary>
internal sealed class Parameters(JsonElement root)
{
    public JsonElement Root { get; } = root;

    /// <summary>The value of the first of <paramref name="names"/> present (exact case first, then any case).</summary>
    public JsonElement? Get(params string[] names)
    {
        if (Root.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var name in names)
        {
            if (Root.TryGetProperty(name, out var exact))
            {
                return exact;
            }
        }

        foreach (var property in Root.EnumerateObject())
        {
            if (Array.Exists(names, name => string.Equals(name, property.Name, StringComparison.OrdinalIgnoreCase)))
            {
                return property.Value;
            }
        }

        return null;
    }

    /// <summary>A positive integer, or null when absent, empty or not a positive integer.</summary>
    public long? PositiveId(params string[] names) => AsPositiveId(Get(names));

    public static long? AsPositiveId(JsonElement? value)
    {
        if (value is not { } element)
        {
            return null;
        }

        long id;
        var ok = element.ValueKind switch
        {
            JsonValueKind.Number => element.TryGetInt64(out id),
            JsonValueKind.String => long.TryParse(element.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out id),
            _ => (id = 0) == 1,
        };
        return ok && id > 0 ? id : null;
    }

    public static string? AsString(JsonElement? value) => value?.ValueKind switch
    {
        JsonValueKind.String => value.Value.GetString(),
        JsonValueKind.Number => value.Value.GetRawText(),
        _ => null,
    };
}
