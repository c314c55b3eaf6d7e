using System;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using Bitrix24.Testing.Profiles;

namespace Bitrix24.Testing.Protocol;

/// <summary>
/// Writes values the way the portal does: ids and numbers as strings, booleans as Y/N, dates in ISO 8601 with offset,
/// and unset values as the portal profile says.
/// </summary>
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

    /// <summary>An amount with two decimals; unset, <c>null</c> or <c>"0.00"</c> as <paramref name="unset"/> says.</summary>
    public static void Money(Utf8JsonWriter writer, string name, decimal? value, FakeUnsetFields unset)
        => OptionalText(writer, name, value?.ToString("0.00", CultureInfo.InvariantCulture), unset, "0.00");

    /// <summary>Text a user may leave unset: as set, else <c>null</c> or <paramref name="filled"/> as <paramref name="unset"/> says.</summary>
    public static void OptionalText(Utf8JsonWriter writer, string name, string? value, FakeUnsetFields unset, string filled = "")
        => Text(writer, name, value ?? (unset == FakeUnsetFields.Filled ? filled : null));

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

    /// <summary>A date-time with offset; unset, <c>""</c> or <c>null</c> as <paramref name="empty"/> says.</summary>
    public static void DateTime(Utf8JsonWriter writer, string name, DateTimeOffset? value, FakeEmptyDate empty)
    {
        if (value is null)
        {
            Text(writer, name, empty == FakeEmptyDate.EmptyString ? string.Empty : null);
        }
        else
        {
            writer.WriteString(name, value.Value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
        }
    }
}
