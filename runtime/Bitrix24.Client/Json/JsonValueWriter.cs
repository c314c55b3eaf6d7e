using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;

namespace Bitrix24.Client.Json;

/// <summary>Writes parameter values in the form each documented type expects on the wire.</summary>
public static class JsonValueWriter
{
    /// <summary>Writes a Bitrix24 REST 2 boolean: <c>"Y"</c> or <c>"N"</c>.</summary>
    public static void WriteYesNo(Utf8JsonWriter writer, bool value) => writer.WriteStringValue(value ? "Y" : "N");

    /// <summary>Writes a date as <c>YYYY-MM-DD</c>.</summary>
    public static void WriteDate(Utf8JsonWriter writer, DateTime value)
        => writer.WriteStringValue(value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>Writes a date and time as ISO 8601 with its offset, to the second.</summary>
    public static void WriteDateTime(Utf8JsonWriter writer, DateTimeOffset value)
        => writer.WriteStringValue(value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));

    /// <summary>Writes Unix seconds.</summary>
    public static void WriteTimestamp(Utf8JsonWriter writer, DateTimeOffset value) => writer.WriteNumberValue(value.ToUnixTimeSeconds());

    /// <summary>Writes extra fields (custom <c>UF_CRM_*</c> fields, say) as properties of the current object.</summary>
    public static void WriteExtensionData(Utf8JsonWriter writer, IReadOnlyDictionary<string, JsonElement>? fields)
    {
        if (fields is null)
        {
            return;
        }

        foreach (var field in fields)
        {
            writer.WritePropertyName(field.Key);
            field.Value.WriteTo(writer);
        }
    }

    /// <summary>Writes a JSON array whose elements <paramref name="writeItem"/> writes.</summary>
    public static void WriteList<T>(Utf8JsonWriter writer, IReadOnlyList<T> items, Action<Utf8JsonWriter, T> writeItem)
    {
        writer.WriteStartArray();
        foreach (var item in items)
        {
            writeItem(writer, item);
        }

        writer.WriteEndArray();
    }
}
