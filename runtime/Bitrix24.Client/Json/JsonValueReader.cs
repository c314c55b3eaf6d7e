using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Bitrix24.Client.Json;

/// <summary>
/// Tolerant readers for Bitrix24's loosely typed values. Each <c>TryRead…</c> looks at the reader's current
/// token and accepts every form the portal is known to send (numbers as strings, <c>Y</c>/<c>N</c>, <c>""</c> and
/// <c>null</c> for missing, <c>[]</c> for an empty object). When a value has a shape it cannot take, it returns
/// false and leaves the reader where it was, so the caller can keep the value raw instead of losing it.
/// </summary>
public static class JsonValueReader
{
    private static readonly IReadOnlyDictionary<string, JsonElement> NoExtensionData =
        new Dictionary<string, JsonElement>(0, StringComparer.Ordinal);

    /// <summary>An integer from a number or a numeric string; <c>null</c> and <c>""</c> give null.</summary>
    public static bool TryReadInt64(ref Utf8JsonReader reader, out long? value)
    {
        value = null;
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return true;
            case JsonTokenType.Number:
                if (reader.TryGetInt64(out var number))
                {
                    value = number;
                    return true;
                }

                return reader.TryGetDecimal(out var exact) && TryIntegral(exact, out value);
            case JsonTokenType.String:
                if (!TryGetTrimmedText(ref reader, out var text))
                {
                    return false;
                }

                if (text.Length == 0)
                {
                    return true;
                }

                if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed))
                {
                    value = parsed;
                    return true;
                }

                return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) && TryIntegral(real, out value);
            default:
                return false;
        }
    }

    /// <summary>A floating-point number from a number or a numeric string; <c>null</c> and <c>""</c> give null.</summary>
    public static bool TryReadDouble(ref Utf8JsonReader reader, out double? value)
    {
        value = null;
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return true;
            case JsonTokenType.Number:
                return reader.TryGetDouble(out var number) && TryFinite(number, out value);
            case JsonTokenType.String:
                if (!TryGetTrimmedText(ref reader, out var text))
                {
                    return false;
                }

                if (text.Length == 0)
                {
                    return true;
                }

                return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && TryFinite(parsed, out value);
            default:
                return false;
        }
    }

    /// <summary>A boolean from <c>true</c>/<c>false</c>, <c>1</c>/<c>0</c>, <c>"Y"</c>/<c>"N"</c>, <c>"1"</c>/<c>"0"</c> or <c>"true"</c>/<c>"false"</c>.</summary>
    public static bool TryReadBoolean(ref Utf8JsonReader reader, out bool? value)
    {
        value = null;
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return true;
            case JsonTokenType.True:
                value = true;
                return true;
            case JsonTokenType.False:
                value = false;
                return true;
            case JsonTokenType.Number:
                if (reader.TryGetInt64(out var number) && number is 0 or 1)
                {
                    value = number == 1;
                    return true;
                }

                return false;
            case JsonTokenType.String:
                return TryGetTrimmedText(ref reader, out var text) && TryParseBoolean(text, out value);
            default:
                return false;
        }
    }

    /// <summary>A string; numbers and booleans give their JSON text. <c>null</c> gives null.</summary>
    public static bool TryReadString(ref Utf8JsonReader reader, out string? value)
    {
        value = null;
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return true;
            case JsonTokenType.String:
                if (!TryGetText(ref reader, out var text))
                {
                    return false;
                }

                value = text;
                return true;
            case JsonTokenType.Number:
                value = RawText(ref reader);
                return true;
            case JsonTokenType.True:
                value = "true";
                return true;
            case JsonTokenType.False:
                value = "false";
                return true;
            default:
                return false;
        }
    }

    /// <summary>A date, <c>YYYY-MM-DD</c> (a date-time string gives its date part); <c>null</c> and <c>""</c> give null.</summary>
    public static bool TryReadDate(ref Utf8JsonReader reader, out DateTime? value)
    {
        value = null;
        if (!TryReadDateTimeText(ref reader, out var text, out var isMissing))
        {
            return false;
        }

        if (isMissing)
        {
            return true;
        }

        if (DateTime.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            value = date.Date;
            return true;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var dateTime))
        {
            value = dateTime.Date;
            return true;
        }

        return false;
    }

    /// <summary>
    /// A date and time: ISO 8601 with offset, the portal's <c>dd.MM.yyyy HH:mm:ss</c> site format (taken as UTC),
    /// or Unix seconds. <c>null</c> and <c>""</c> give null.
    /// </summary>
    public static bool TryReadDateTime(ref Utf8JsonReader reader, out DateTimeOffset? value)
    {
        value = null;
        if (reader.TokenType == JsonTokenType.Number)
        {
            return TryReadTimestamp(ref reader, out value);
        }

        if (!TryReadDateTimeText(ref reader, out var text, out var isMissing))
        {
            return false;
        }

        if (isMissing)
        {
            return true;
        }

        if (DateTimeOffset.TryParseExact(text, SiteDateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var site)
            || DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out site))
        {
            value = site;
            return true;
        }

        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && TryFromUnixSeconds(seconds, out value);
    }

    /// <summary>Unix seconds from a number or numeric string (an ISO 8601 string is accepted too); <c>null</c> and <c>""</c> give null.</summary>
    public static bool TryReadTimestamp(ref Utf8JsonReader reader, out DateTimeOffset? value)
    {
        value = null;
        if (reader.TokenType == JsonTokenType.String)
        {
            if (!TryGetTrimmedText(ref reader, out var text))
            {
                return false;
            }

            if (text.Length == 0)
            {
                return true;
            }

            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
            {
                return TryFromUnixSeconds(parsed, out value);
            }

            if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var iso))
            {
                value = iso;
                return true;
            }

            return false;
        }

        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        return reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var number) && TryFromUnixSeconds(number, out value);
    }

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
    /// A list whose elements <paramref name="readElement"/> reads. An object keyed by position (PHP's
    /// associative array) gives its values in order; <c>null</c> and <c>""</c> give null. If any element cannot be
    /// read the whole list is refused and the reader is left where it was.
    /// </summary>
    public static bool TryReadList<T>(ref Utf8JsonReader reader, JsonValueParser<T> readElement, out IReadOnlyList<T>? value)
    {
        value = null;
        if (reader.TokenType == JsonTokenType.Null || (reader.TokenType == JsonTokenType.String && reader.ValueTextEquals(ReadOnlySpan<byte>.Empty)))
        {
            return true;
        }

        if (reader.TokenType is not (JsonTokenType.StartArray or JsonTokenType.StartObject))
        {
            return false;
        }

        var isObject = reader.TokenType == JsonTokenType.StartObject;
        var end = isObject ? JsonTokenType.EndObject : JsonTokenType.EndArray;
        var cursor = reader;
        var items = new List<T>();
        while (cursor.Read() && cursor.TokenType != end)
        {
            if (isObject)
            {
                cursor.Read();
            }

            if (!readElement(ref cursor, out var item))
            {
                return false;
            }

            items.Add(item);
        }

        reader = cursor;
        value = items;
        return true;
    }

    /// <summary>A parser for a whole list (a method's <c>result</c>); a missing list reads as empty.</summary>
    public static JsonValueParser<IReadOnlyList<T>> ListParser<T>(JsonValueParser<T> readElement)
        => (ref Utf8JsonReader reader, out IReadOnlyList<T> value) =>
        {
            var ok = TryReadList(ref reader, readElement, out var list);
            value = list ?? Array.Empty<T>();
            return ok;
        };

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

    /// <summary>Parses <c>Y</c>/<c>N</c>, <c>1</c>/<c>0</c>, <c>true</c>/<c>false</c> (any case); empty gives null.</summary>
    public static bool TryParseBoolean(string text, out bool? value)
    {
        value = null;
        switch (text.ToUpperInvariant())
        {
            case "":
                return true;
            case "Y" or "1" or "TRUE":
                value = true;
                return true;
            case "N" or "0" or "FALSE":
                value = false;
                return true;
            default:
                return false;
        }
    }

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd.MM.yyyy"];

    private static readonly string[] SiteDateTimeFormats = ["dd.MM.yyyy HH:mm:ss", "dd.MM.yyyy HH:mm", "dd.MM.yyyy"];

    private static bool Item<T>(bool ok, T? read, out T value)
        where T : struct
    {
        value = read.GetValueOrDefault();
        return ok && read.HasValue;
    }

    private static bool TryReadDateTimeText(ref Utf8JsonReader reader, out string text, out bool isMissing)
    {
        text = string.Empty;
        isMissing = false;
        if (reader.TokenType == JsonTokenType.Null)
        {
            isMissing = true;
            return true;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            return false;
        }

        if (!TryGetTrimmedText(ref reader, out text))
        {
            return false;
        }

        isMissing = text.Length == 0;
        return true;
    }

    // Exact: a number beyond long's range, or with a fraction, is refused (kept raw), never clamped or rounded.
    private static bool TryIntegral(decimal number, out long? value)
    {
        value = null;
        if (decimal.Truncate(number) != number || number < long.MinValue || number > long.MaxValue)
        {
            return false;
        }

        value = (long)number;
        return true;
    }

    // 1e400 reads as infinity: a number out of double's range is refused (kept raw), not turned into one.
    private static bool TryFinite(double number, out double? value)
    {
        value = null;
        if (double.IsNaN(number) || double.IsInfinity(number))
        {
            return false;
        }

        value = number;
        return true;
    }

    private static bool TryGetTrimmedText(ref Utf8JsonReader reader, out string text)
    {
        var ok = TryGetText(ref reader, out text);
        text = text.Trim();
        return ok;
    }

    /// <summary>
    /// The string at the reader, or false for one .NET cannot hold: an escaped lone surrogate (<c>"\ud800"</c>), or
    /// invalid UTF-8 (which the client replaces before reading), which the caller then keeps raw.
    /// </summary>
    private static bool TryGetText(ref Utf8JsonReader reader, out string text)
    {
        try
        {
            text = reader.GetString()!;
            return true;
        }
        catch (InvalidOperationException)
        {
            text = string.Empty;
            return false;
        }
    }

    /// <summary>The string (a property name or a string value) at the reader; one .NET cannot hold (an escaped lone surrogate) is kept as its escaped JSON text.</summary>
    internal static string TextOrEscaped(ref Utf8JsonReader reader)
        => TryGetText(ref reader, out var name) ? name : Encoding.UTF8.GetString(RawBytes(ref reader));

    private static byte[] RawBytes(ref Utf8JsonReader reader)
        => reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan.ToArray();

    private static bool TryFromUnixSeconds(double seconds, out DateTimeOffset? value)
    {
        value = null;
        const double min = -62135596800;
        const double max = 253402300799;
        if (double.IsNaN(seconds) || seconds < min || seconds > max)
        {
            return false;
        }

        value = DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(seconds * 1000));
        return true;
    }

    private static string RawText(ref Utf8JsonReader reader) => Encoding.UTF8.GetString(RawBytes(ref reader));
}
