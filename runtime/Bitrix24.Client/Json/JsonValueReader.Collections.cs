using System;
using System.Collections.Generic;
using System.Text.Json;

namespace Bitrix24.Client.Json;

/// <summary>The one loop under lists and maps: the values of an array or an object, all read or none.</summary>
public static partial class JsonValueReader
{
    /// <summary>What a collection does with each entry: checks or keeps an object's key, then adds the value.</summary>
    private interface IEntries<T>
    {
        void Begin();

        /// <summary>Takes the property name at the reader; false refuses the whole value.</summary>
        bool TakeKey(ref Utf8JsonReader reader);

        void Add(T value);
    }

    /// <summary>
    /// Reads every value of the array or object at the reader into <paramref name="entries"/>; <c>null</c> and <c>""</c>
    /// set <paramref name="isMissing"/>. False, with the reader left where it was, for any other token, a key the
    /// entries refuse or a value <paramref name="readValue"/> cannot read.
    /// </summary>
    private static bool TryReadEntries<T, TEntries>(ref Utf8JsonReader reader, JsonValueParser<T> readValue, ref TEntries entries, out bool isMissing)
        where TEntries : struct, IEntries<T>
    {
        isMissing = IsMissing(ref reader);
        if (isMissing)
        {
            return true;
        }

        if (reader.TokenType is not (JsonTokenType.StartArray or JsonTokenType.StartObject))
        {
            return false;
        }

        var isObject = reader.TokenType == JsonTokenType.StartObject;
        var cursor = reader;
        entries.Begin();
        while (cursor.Read() && cursor.TokenType is not (JsonTokenType.EndArray or JsonTokenType.EndObject))
        {
            if (isObject)
            {
                if (!entries.TakeKey(ref cursor))
                {
                    return false;
                }

                cursor.Read();
            }

            if (!readValue(ref cursor, out var item))
            {
                return false;
            }

            entries.Add(item);
        }

        reader = cursor;
        return true;
    }

    /// <summary>A list: an object's keys must be the positions <c>"0"</c>…<c>"n-1"</c> in order (PHP's array).</summary>
    private struct ListEntries<T> : IEntries<T>
    {
        public List<T> Items;

        public void Begin() => Items = [];

        public readonly bool TakeKey(ref Utf8JsonReader reader) => IsPosition(ref reader, Items.Count);

        public readonly void Add(T value) => Items.Add(value);
    }

    /// <summary>A map: an object's keys as written; an array's values keyed by position.</summary>
    private struct MapEntries<T> : IEntries<T>
    {
        public Dictionary<string, T> Map;
        private string? _key;

        public void Begin() => Map = new Dictionary<string, T>(StringComparer.Ordinal);

        public bool TakeKey(ref Utf8JsonReader reader)
        {
            _key = TextOrEscaped(ref reader);
            return true;
        }

        public void Add(T value)
        {
            Map[_key ?? Position(Map.Count)] = value;
            _key = null;
        }
    }
}
