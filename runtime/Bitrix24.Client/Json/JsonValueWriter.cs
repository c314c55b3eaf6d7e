using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.Text.Json;

namespace Bitrix24.Client.Json;

/// <summary>
/// Writes request properties in the form each documented type expects on the wire. A generated request writes each
/// property with one call; a null value (an optional parameter not set) writes nothing. One name per kind, no
/// overloads: the generated client has thousands of these calls and each should cost the compiler nothing to resolve.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class JsonValueWriter
{
    /// <summary>Writes an integer property.</summary>
    public static void WriteInt64Property(Utf8JsonWriter writer, ReadOnlySpan<byte> name, long? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
    }

    /// <summary>Writes a floating-point property.</summary>
    public static void WriteDoubleProperty(Utf8JsonWriter writer, ReadOnlySpan<byte> name, double? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
    }

    /// <summary>Writes a JSON boolean property (REST 3.0).</summary>
    public static void WriteBooleanProperty(Utf8JsonWriter writer, ReadOnlySpan<byte> name, bool? value)
    {
        if (value is { } flag)
        {
            writer.WriteBoolean(name, flag);
        }
    }

    /// <summary>Writes a REST 2 boolean property: <c>"Y"</c> or <c>"N"</c>.</summary>
    public static void WriteYesNoProperty(Utf8JsonWriter writer, ReadOnlySpan<byte> name, bool? value)
        => WriteValue(writer, name, value, YesNoValue);

    /// <summary>Writes a string property.</summary>
    public static void WriteStringProperty(Utf8JsonWriter writer, ReadOnlySpan<byte> name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    /// <summary>Writes a date property as <c>YYYY-MM-DD</c>.</summary>
    public static void WriteDateProperty(Utf8JsonWriter writer, ReadOnlySpan<byte> name, DateTime? value)
        => WriteValue(writer, name, value, DateValue);

    /// <summary>Writes a date-time property as ISO 8601 with its offset, to the second.</summary>
    public static void WriteDateTimeProperty(Utf8JsonWriter writer, ReadOnlySpan<byte> name, DateTimeOffset? value)
        => WriteValue(writer, name, value, DateTimeValue);

    /// <summary>Writes a timestamp property as Unix seconds.</summary>
    public static void WriteTimestampProperty(Utf8JsonWriter writer, ReadOnlySpan<byte> name, DateTimeOffset? value)
    {
        if (value is { } moment)
        {
            writer.WriteNumber(name, moment.ToUnixTimeSeconds());
        }
    }

    /// <summary>Writes a property whose value is raw JSON.</summary>
    public static void WriteRawProperty(Utf8JsonWriter writer, ReadOnlySpan<byte> name, JsonElement? value)
    {
        if (value is { } element)
        {
            writer.WritePropertyName(name);
            element.WriteTo(writer);
        }
    }

    /// <summary>Writes a property whose value is a nested object.</summary>
    public static void WriteObjectProperty(Utf8JsonWriter writer, ReadOnlySpan<byte> name, IJsonWritable? value)
    {
        if (value is not null)
        {
            writer.WritePropertyName(name);
            value.WriteTo(writer);
        }
    }

    /// <summary>Writes a list of integers.</summary>
    public static void WriteInt64ListProperty(Utf8JsonWriter writer, ReadOnlySpan<byte> name, IReadOnlyList<long>? items)
        => WriteList(writer, name, items, static (w, item) => w.WriteNumberValue(item));

    /// <summary>Writes a list of floating-point numbers.</summary>
    public static void WriteDoubleListProperty(Utf8JsonWriter writer, ReadOnlySpan<byte> name, IReadOnlyList<double>? items)
        => WriteList(writer, name, items, static (w, item) => w.WriteNumberValue(item));

    /// <summary>Writes a list of JSON booleans (REST 3.0).</summary>
    public static void WriteBooleanListProperty(Utf8JsonWriter writer, ReadOnlySpan<byte> name, IReadOnlyList<bool>? items)
        => WriteList(writer, name, items, static (w, item) => w.WriteBooleanValue(item));

    /// <summary>Writes a list of REST 2 booleans (<c>"Y"</c>/<c>"N"</c>).</summary>
    public static void WriteYesNoListProperty(Utf8JsonWriter writer, ReadOnlySpan<byte> name, IReadOnlyList<bool>? items)
        => WriteList(writer, name, items, YesNoValue);

    /// <summary>Writes a list of strings.</summary>
    public static void WriteStringListProperty(Utf8JsonWriter writer, ReadOnlySpan<byte> name, IReadOnlyList<string>? items)
        => WriteList(writer, name, items, static (w, item) => w.WriteStringValue(item));

    /// <summary>Writes a list of dates.</summary>
    public static void WriteDateListProperty(Utf8JsonWriter writer, ReadOnlySpan<byte> name, IReadOnlyList<DateTime>? items)
        => WriteList(writer, name, items, DateValue);

    /// <summary>Writes a list of date-times.</summary>
    public static void WriteDateTimeListProperty(Utf8JsonWriter writer, ReadOnlySpan<byte> name, IReadOnlyList<DateTimeOffset>? items)
        => WriteList(writer, name, items, DateTimeValue);

    /// <summary>Writes a list of timestamps.</summary>
    public static void WriteTimestampListProperty(Utf8JsonWriter writer, ReadOnlySpan<byte> name, IReadOnlyList<DateTimeOffset>? items)
        => WriteList(writer, name, items, static (w, item) => w.WriteNumberValue(item.ToUnixTimeSeconds()));

    /// <summary>Writes a list of raw JSON values.</summary>
    public static void WriteRawListProperty(Utf8JsonWriter writer, ReadOnlySpan<byte> name, IReadOnlyList<JsonElement>? items)
        => WriteList(writer, name, items, static (w, item) => item.WriteTo(w));

    /// <summary>Writes a list of nested objects.</summary>
    public static void WriteObjectListProperty(Utf8JsonWriter writer, ReadOnlySpan<byte> name, IReadOnlyList<IJsonWritable>? items)
        => WriteList(writer, name, items, static (w, item) => item.WriteTo(w));

    /// <summary>Writes a name → string map as an object (<c>{"de": "Angebot"}</c>).</summary>
    public static void WriteStringMapProperty(Utf8JsonWriter writer, ReadOnlySpan<byte> name, IReadOnlyDictionary<string, string>? map)
        => WriteMap(writer, name, map, static (w, value) => w.WriteStringValue(value));

    /// <summary>Writes a name → object map as an object whose values write themselves.</summary>
    public static void WriteObjectMapProperty<T>(Utf8JsonWriter writer, ReadOnlySpan<byte> name, IReadOnlyDictionary<string, T>? map)
        where T : IJsonWritable
        => WriteMap(writer, name, map, static (w, value) => value.WriteTo(w));

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

    private static void WriteValue<T>(Utf8JsonWriter writer, ReadOnlySpan<byte> name, T? value, Action<Utf8JsonWriter, T> write)
        where T : struct
    {
        if (value is { } present)
        {
            writer.WritePropertyName(name);
            write(writer, present);
        }
    }

    private static void WriteList<T>(Utf8JsonWriter writer, ReadOnlySpan<byte> name, IReadOnlyList<T>? items, Action<Utf8JsonWriter, T> writeItem)
    {
        if (items is null)
        {
            return;
        }

        writer.WriteStartArray(name);
        for (var i = 0; i < items.Count; i++)
        {
            writeItem(writer, items[i]);
        }

        writer.WriteEndArray();
    }

    // Always an object, even empty or keyed 0…n-1: the portal reads a map by its keys, and {} keeps them.
    private static void WriteMap<T>(Utf8JsonWriter writer, ReadOnlySpan<byte> name, IReadOnlyDictionary<string, T>? map, Action<Utf8JsonWriter, T> writeValue)
    {
        if (map is null)
        {
            return;
        }

        writer.WriteStartObject(name);
        foreach (var entry in map)
        {
            writer.WritePropertyName(entry.Key);
            writeValue(writer, entry.Value);
        }

        writer.WriteEndObject();
    }

    private static void YesNoValue(Utf8JsonWriter writer, bool value) => writer.WriteStringValue(value ? "Y"u8 : "N"u8);

    private static void DateValue(Utf8JsonWriter writer, DateTime value)
        => writer.WriteStringValue(value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    private static void DateTimeValue(Utf8JsonWriter writer, DateTimeOffset value)
        => writer.WriteStringValue(value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
}
