using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace Bitrix24.Client.Json;

/// <summary>
/// The documented property names of one generated result type, looked up by length and then by bytes: a result
/// record with fifty fields finds each name in a few comparisons instead of trying them all in turn.
/// </summary>
public sealed class JsonPropertyNames
{
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
            return _byText.TryGetValue(reader.GetString() ?? string.Empty, out var index) ? index : -1;
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
}
