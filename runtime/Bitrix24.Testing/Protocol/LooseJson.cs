using System;
using System.Globalization;
using System.Text.Json;

namespace Bitrix24.Testing.Protocol;

/// <summary>Writes values the way the portal does: ids and numbers as strings, booleans as Y/N, dates in ISO 8601 with offset.</summary>
internal static class LooseJson
{
    public static void Id(Utf8JsonWriter writer, string name, long? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value.Value.ToString(CultureInfo.InvariantCulture));
        }
    }

    public static void Money(Utf8JsonWriter writer, string name, decimal value)
        => writer.WriteString(name, value.ToString("0.00", CultureInfo.InvariantCulture));

    public static void YesNo(Utf8JsonWriter writer, string name, bool value) => writer.WriteString(name, value ? "Y" : "N");

    public static void Text(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    public static void DateTime(Utf8JsonWriter writer, string name, DateTimeOffset? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value.Value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
        }
    }
}
