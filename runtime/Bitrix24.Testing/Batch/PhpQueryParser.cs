using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Net;
using System.Text.Json;

namespace Bitrix24.Testing.Batch;

/// <summary>
/// Reads a query string (a batch command's, a URL's, a form body's) the way PHP's <c>parse_str</c> does into JSON
/// parameters: <c>a[b][c]=1</c> nests, <c>a[]=x</c> appends, a later value for the same name wins, a level whose keys
/// are exactly 0..n-1 becomes a JSON array, every value is a string.
/// </summary>
internal static class PhpQueryParser
{
    /// <summary>PHP's <c>max_input_nesting_level</c> default: the most bracket levels a parameter name may have.</summary>
    public const int MaxNesting = 64;

    // The parameters object itself is one level more than the deepest nesting the parser lets through.
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = MaxNesting + 1 };

    /// <summary>
    /// The parameters as a JSON object. A name nested deeper than <see cref="MaxNesting"/> levels removes its
    /// top-level parameter, values already given included, as PHP does; a later name may give it again.
    /// </summary>
    public static JsonDocument Parse(string query) => JsonDocument.Parse(ToJson(query), Options);

    private static byte[] ToJson(string query)
    {
        var root = new Level();
        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Decode(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? string.Empty : Decode(pair[(equals + 1)..]);
            Assign(root, name, value);
        }

        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            root.Write(writer, asObject: true);
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static string Decode(string text) => WebUtility.UrlDecode(text);

    private static void Assign(Level root, string name, string value)
    {
        var open = name.IndexOf('[', StringComparison.Ordinal);
        if (open <= 0)
        {
            if (name.Length > 0)
            {
                root.Set(name, value);
            }

            return;
        }

        var keys = new List<string> { name[..open] };
        var position = open;
        while (position < name.Length && name[position] == '[')
        {
            var close = name.IndexOf(']', position);
            if (close < 0)
            {
                break;
            }

            keys.Add(name[(position + 1)..close]);
            position = close + 1;
        }

        if (keys.Count - 1 > MaxNesting)
        {
            root.Remove(keys[0]);
            return;
        }

        var level = root;
        for (var i = 0; i < keys.Count - 1; i++)
        {
            level = level.Child(keys[i]);
        }

        level.Set(keys[^1], value);
    }

    /// <summary>One level of nested parameters, in the order keys first appeared.</summary>
    private sealed class Level
    {
        private readonly List<string> _order = [];
        private readonly Dictionary<string, object> _values = new(StringComparer.Ordinal);
        private long _nextIndex;

        public void Set(string key, string value) => Put(key, value);

        public void Remove(string key)
        {
            if (_values.Remove(key))
            {
                _order.Remove(key);
            }
        }

        public Level Child(string key)
        {
            if (key.Length > 0 && _values.TryGetValue(key, out var existing) && existing is Level level)
            {
                return level;
            }

            var child = new Level();
            Put(key, child);
            return child;
        }

        public void Write(Utf8JsonWriter writer, bool asObject)
        {
            var isList = !asObject && IsList();
            if (isList)
            {
                writer.WriteStartArray();
            }
            else
            {
                writer.WriteStartObject();
            }

            foreach (var key in _order)
            {
                if (!isList)
                {
                    writer.WritePropertyName(key);
                }

                if (_values[key] is Level nested)
                {
                    nested.Write(writer, asObject: false);
                }
                else
                {
                    writer.WriteStringValue((string)_values[key]);
                }
            }

            if (isList)
            {
                writer.WriteEndArray();
            }
            else
            {
                writer.WriteEndObject();
            }
        }

        private void Put(string key, object value)
        {
            if (key.Length == 0)
            {
                key = _nextIndex.ToString(CultureInfo.InvariantCulture);
            }

            if (long.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index >= _nextIndex)
            {
                _nextIndex = index + 1;
            }

            if (!_values.ContainsKey(key))
            {
                _order.Add(key);
            }

            _values[key] = value;
        }

        private bool IsList()
        {
            for (var i = 0; i < _order.Count; i++)
            {
                if (_order[i] != i.ToString(CultureInfo.InvariantCulture))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
