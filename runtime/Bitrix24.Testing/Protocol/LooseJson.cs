using System;
using System.Globalization;
using System.Linq;
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

    /// <summary>Writes a stored JSON value as PHP's json_encode would: an empty object becomes <c>[]</c>, at any depth.</summary>
    public static void Php(Utf8JsonWriter writer, JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object when !value.EnumerateObject().Any():
                writer.WriteStartArray();
                writer.WriteEndArray();
                break;
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in value.EnumerateObject())
                {
                    writer.WritePropertyName(property.Name);
                    Php(writer, property.Value);
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in value.EnumerateArray())
                {
                    Php(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                value.WriteTo(writer);
                break;
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
