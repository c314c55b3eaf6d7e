using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Text;
using System.Text.Json;

namespace Bitrix24.Client.Json;

/// <summary>
/// The documented property names of one generated result type, looked up by length and then by bytes (a result
/// with fifty fields finds each name in a few comparisons instead of trying them all in turn), and the readers that
/// return a found property's value: a generated reading constructor assigns one call per member, and a value of a
/// shape its documented type cannot take reads as null and is kept raw under its name in the extension data.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class JsonPropertyNames
{
    private readonly string[] _texts;
    private readonly byte[][] _names;
    private readonly int[][] _byLength;
    private readonly Dictionary<string, int> _byText;

    /// <summary>Creates the table; a name's index is its position here.</summary>
    public JsonPropertyNames(params string[] names)
    {
        if (names is null)
        {
            throw new ArgumentNullException(nameof(names));
        }

        _texts = names;
        _names = new byte[names.Length][];
        _byText = new Dictionary<string, int>(names.Length, StringComparer.Ordinal);
        var longest = 0;
        for (var i = 0; i < names.Length; i++)
        {
            _names[i] = Encoding.UTF8.GetBytes(names[i]);
            _byText[names[i]] = i;
            longest = Math.Max(longest, _names[i].Length);
        }

        var buckets = new List<int>[longest + 1];
        for (var i = 0; i < names.Length; i++)
        {
            (buckets[_names[i].Length] ??= []).Add(i);
        }

        _byLength = new int[longest + 1][];
        for (var length = 0; length <= longest; length++)
        {
            _byLength[length] = buckets[length]?.ToArray() ?? [];
        }
    }

    /// <summary>The index of the property name at the reader's current token, or -1 for a name not in the table.</summary>
    public int IndexOf(ref Utf8JsonReader reader)
    {
        if (reader.ValueIsEscaped || reader.HasValueSequence)
        {
            return _byText.TryGetValue(JsonValueReader.TextOrEscaped(ref reader), out var index) ? index : -1;
        }

        var name = reader.ValueSpan;
        if (name.Length >= _byLength.Length)
        {
            return -1;
        }

        foreach (var candidate in _byLength[name.Length])
        {
            if (name.SequenceEqual(_names[candidate]))
            {
                return candidate;
            }
        }

        return -1;
    }

    /// <summary>The value of property <paramref name="index"/>, the reader being on its name, as an integer; a misfit is kept under the name and gives null.</summary>
    public long? Int64(ref Utf8JsonReader reader, int index, ref Dictionary<string, JsonElement>? extensionData)
    {
        reader.Read();
        return JsonValueReader.TryReadInt64(ref reader, out var value) ? value : Misfit<long?>(ref reader, index, ref extensionData);
    }

    /// <summary>The value of property <paramref name="index"/> as a floating-point number (money <c>"3607999.00"</c> included); a misfit is kept under the name.</summary>
    public double? Double(ref Utf8JsonReader reader, int index, ref Dictionary<string, JsonElement>? extensionData)
    {
        reader.Read();
        return JsonValueReader.TryReadDouble(ref reader, out var value) ? value : Misfit<double?>(ref reader, index, ref extensionData);
    }

    /// <summary>The value of property <paramref name="index"/> as a boolean (<c>Y</c>/<c>N</c>, <c>1</c>/<c>0</c>, <c>true</c>/<c>false</c>); a misfit is kept under the name.</summary>
    public bool? Boolean(ref Utf8JsonReader reader, int index, ref Dictionary<string, JsonElement>? extensionData)
    {
        reader.Read();
        return JsonValueReader.TryReadBoolean(ref reader, out var value) ? value : Misfit<bool?>(ref reader, index, ref extensionData);
    }

    /// <summary>The value of property <paramref name="index"/> as a string (numbers and booleans as their text); a misfit is kept under the name.</summary>
    public string? String(ref Utf8JsonReader reader, int index, ref Dictionary<string, JsonElement>? extensionData)
    {
        reader.Read();
        return JsonValueReader.TryReadString(ref reader, out var value) ? value : Misfit<string?>(ref reader, index, ref extensionData);
    }

    /// <summary>The value of property <paramref name="index"/> as a date; a misfit is kept under the name.</summary>
    public DateTime? Date(ref Utf8JsonReader reader, int index, ref Dictionary<string, JsonElement>? extensionData)
    {
        reader.Read();
        return JsonValueReader.TryReadDate(ref reader, out var value) ? value : Misfit<DateTime?>(ref reader, index, ref extensionData);
    }

    /// <summary>The value of property <paramref name="index"/> as a date-time (ISO 8601, site format, Unix seconds); a misfit is kept under the name.</summary>
    public DateTimeOffset? DateTime(ref Utf8JsonReader reader, int index, ref Dictionary<string, JsonElement>? extensionData)
    {
        reader.Read();
        return JsonValueReader.TryReadDateTime(ref reader, out var value) ? value : Misfit<DateTimeOffset?>(ref reader, index, ref extensionData);
    }

    /// <summary>The value of property <paramref name="index"/> as a Unix timestamp; a misfit is kept under the name.</summary>
    public DateTimeOffset? Timestamp(ref Utf8JsonReader reader, int index, ref Dictionary<string, JsonElement>? extensionData)
    {
        reader.Read();
        return JsonValueReader.TryReadTimestamp(ref reader, out var value) ? value : Misfit<DateTimeOffset?>(ref reader, index, ref extensionData);
    }

    /// <summary>The value of property <paramref name="index"/> as a duration (<c>hh:mm:ss</c> or seconds); a misfit is kept under the name.</summary>
    public TimeSpan? Duration(ref Utf8JsonReader reader, int index, ref Dictionary<string, JsonElement>? extensionData)
    {
        reader.Read();
        return JsonValueReader.TryReadDuration(ref reader, out var value) ? value : Misfit<TimeSpan?>(ref reader, index, ref extensionData);
    }

    /// <summary>
    /// The value of property <paramref name="index"/> as a nested object read by <paramref name="parse"/> (<c>[]</c> is an
    /// empty object when the parser starts with <see cref="JsonValueReader.TryStartObject"/>). <c>null</c> and <c>""</c> give
    /// null and are not kept; any other misfit is kept under the name.
    /// </summary>
    public T? Object<T>(ref Utf8JsonReader reader, int index, JsonValueParser<T> parse, ref Dictionary<string, JsonElement>? extensionData)
        where T : class
    {
        reader.Read();
        if (JsonValueReader.IsMissing(ref reader))
        {
            return null;
        }

        return parse(ref reader, out var value) ? value : Misfit<T>(ref reader, index, ref extensionData);
    }

    /// <summary>The value of property <paramref name="index"/> as a list (see <see cref="JsonValueReader.TryReadList"/>); a misfit, such as an object not keyed 0…n-1, is kept under the name.</summary>
    public IReadOnlyList<T>? List<T>(ref Utf8JsonReader reader, int index, JsonValueParser<T> readElement, ref Dictionary<string, JsonElement>? extensionData)
    {
        reader.Read();
        return JsonValueReader.TryReadList(ref reader, readElement, out var value) ? value : Misfit<IReadOnlyList<T>>(ref reader, index, ref extensionData);
    }

    /// <summary>The value of property <paramref name="index"/> as a name → value map (see <see cref="JsonValueReader.TryReadMap"/>); a misfit is kept under the name.</summary>
    public IReadOnlyDictionary<string, T>? Map<T>(ref Utf8JsonReader reader, int index, JsonValueParser<T> readValue, ref Dictionary<string, JsonElement>? extensionData)
    {
        reader.Read();
        return JsonValueReader.TryReadMap(ref reader, readValue, out var value) ? value : Misfit<IReadOnlyDictionary<string, T>>(ref reader, index, ref extensionData);
    }

    /// <summary>
    /// The value of a property, the reader being on its name, as raw JSON (which always fits). An instance method like
    /// the other readers, so generated code names every reader the same short way.
    /// </summary>
    public JsonElement? Raw(ref Utf8JsonReader reader)
    {
        reader.Read();
        return JsonElement.ParseValue(ref reader);
    }

    // The parsers leave the reader on a value that does not fit, so it is kept whole under the documented name.
    private T? Misfit<T>(ref Utf8JsonReader reader, int index, ref Dictionary<string, JsonElement>? extensionData)
    {
        JsonValueReader.KeepValue(ref reader, _texts[index], ref extensionData);
        return default;
    }
}
