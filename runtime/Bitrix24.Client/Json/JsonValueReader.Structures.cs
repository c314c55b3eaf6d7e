using System;
using System.Buffers.Text;
using System.Collections.Generic;
using System.Text.Json;

namespace Bitrix24.Client.Json;

/// <summary>Raw values, objects, lists, element readers and the extension data of unknown properties.</summary>
public static partial class JsonValueReader
{
    private static readonly IReadOnlyDictionary<string, JsonElement> NoExtensionData =
        new Dictionary<string, JsonElement>(0, StringComparer.Ordinal);

    /// <summary>Any value, kept as a <see cref="JsonElement"/>. Always succeeds and consumes the value.</summary>
    public static bool TryReadRaw(ref Utf8JsonReader reader, out JsonElement? value)
    {
        value = JsonElement.ParseValue(ref reader);
        return true;
    }

    /// <summary>
    /// Accepts the start of an object. PHP's empty array <c>[]</c> counts as an empty object (consumed whole,
    /// <paramref name="isEmpty"/> true). Anything else returns false without consuming.
    /// </summary>
    public static bool TryStartObject(ref Utf8JsonReader reader, out bool isEmpty)
    {
        isEmpty = false;
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            return true;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }

        var lookahead = reader;
        if (lookahead.Read() && lookahead.TokenType == JsonTokenType.EndArray)
        {
            reader = lookahead;
            isEmpty = true;
            return true;
        }

        return false;
    }

    /// <summary>
    /// A list whose elements <paramref name="readElement"/> reads. An object is a list only when it is PHP's array
    /// keyed by position, its keys exactly <c>"0"</c>…<c>"n-1"</c> in order (<c>{}</c> is the empty list); any other
    /// object (<c>{"items": [...]}</c>) is not a list. <c>null</c> and <c>""</c> give null. If the value is not a list
    /// or any element cannot be read, the whole list is refused and the reader is left where it was.
    /// </summary>
    public static bool TryReadList<T>(ref Utf8JsonReader reader, JsonValueParser<T> readElement, out IReadOnlyList<T>? value)
    {
        var entries = default(ListEntries<T>);
        try
        {
            var ok = TryReadEntries(ref reader, readElement, ref entries, out var isMissing);
            value = ok && !isMissing ? entries.ToArray() : null;
            return ok;
        }
        finally
        {
            entries.Release();
        }
    }

    /// <summary>A parser for a whole list (a method's <c>result</c>); a missing list reads as empty.</summary>
    public static JsonValueParser<IReadOnlyList<T>> ListParser<T>(JsonValueParser<T> readElement)
        => (ref Utf8JsonReader reader, out IReadOnlyList<T> value) =>
        {
            var ok = TryReadList(ref reader, readElement, out var list);
            value = list ?? Array.Empty<T>();
            return ok;
        };

    /// <summary><c>null</c> or <c>""</c>: how the portal writes a value that is not there.</summary>
    internal static bool IsMissing(ref Utf8JsonReader reader)
        => reader.TokenType == JsonTokenType.Null || (reader.TokenType == JsonTokenType.String && reader.ValueTextEquals(ReadOnlySpan<byte>.Empty));

    /// <summary>Whether the property name at the reader is <paramref name="position"/> in decimal, as PHP keys an array's elements.</summary>
    private static bool IsPosition(ref Utf8JsonReader reader, int position)
    {
        Span<byte> digits = stackalloc byte[11];
        return Utf8Formatter.TryFormat(position, digits, out var written) && reader.ValueTextEquals(digits.Slice(0, written));
    }

    /// <summary>
    /// Keeps the current property raw: reads its name, moves to its value and stores the value under the name.
    /// The reader must be on a <see cref="JsonTokenType.PropertyName"/>.
    /// </summary>
    public static void KeepProperty(ref Utf8JsonReader reader, ref Dictionary<string, JsonElement>? extensionData)
    {
        var name = TextOrEscaped(ref reader);
        reader.Read();
        KeepValue(ref reader, name, ref extensionData);
    }

    /// <summary>Stores the value at the reader under <paramref name="name"/> (a documented field whose value had an unexpected shape).</summary>
    public static void KeepValue(ref Utf8JsonReader reader, string name, ref Dictionary<string, JsonElement>? extensionData)
    {
        extensionData ??= new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        extensionData[name] = JsonElement.ParseValue(ref reader);
    }

    /// <summary>The collected extension data, or a shared empty dictionary.</summary>
    public static IReadOnlyDictionary<string, JsonElement> ExtensionData(Dictionary<string, JsonElement>? extensionData)
        => extensionData ?? NoExtensionData;

    /// <summary>Element reader for non-null integers.</summary>
    public static bool TryReadInt64Item(ref Utf8JsonReader reader, out long value) => Item(TryReadInt64(ref reader, out var v), v, out value);

    /// <summary>Element reader for non-null numbers.</summary>
    public static bool TryReadDoubleItem(ref Utf8JsonReader reader, out double value) => Item(TryReadDouble(ref reader, out var v), v, out value);

    /// <summary>Element reader for non-null booleans.</summary>
    public static bool TryReadBooleanItem(ref Utf8JsonReader reader, out bool value) => Item(TryReadBoolean(ref reader, out var v), v, out value);

    /// <summary>Element reader for dates.</summary>
    public static bool TryReadDateItem(ref Utf8JsonReader reader, out DateTime value) => Item(TryReadDate(ref reader, out var v), v, out value);

    /// <summary>Element reader for date-times.</summary>
    public static bool TryReadDateTimeItem(ref Utf8JsonReader reader, out DateTimeOffset value) => Item(TryReadDateTime(ref reader, out var v), v, out value);

    /// <summary>Element reader for timestamps.</summary>
    public static bool TryReadTimestampItem(ref Utf8JsonReader reader, out DateTimeOffset value) => Item(TryReadTimestamp(ref reader, out var v), v, out value);

    /// <summary>Element reader for raw values.</summary>
    public static bool TryReadRawItem(ref Utf8JsonReader reader, out JsonElement value)
    {
        value = JsonElement.ParseValue(ref reader);
        return true;
    }

    /// <summary>Element reader for non-null strings.</summary>
    public static bool TryReadStringItem(ref Utf8JsonReader reader, out string value)
    {
        var ok = TryReadString(ref reader, out var text) && text is not null;
        value = text ?? string.Empty;
        return ok;
    }
}
