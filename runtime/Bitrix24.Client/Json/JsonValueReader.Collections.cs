using System;
using System.Buffers;
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

    /// <summary>
    /// A list: an object's keys must be the positions <c>"0"</c>…<c>"n-1"</c> in order (PHP's array). The values are
    /// gathered in a pooled buffer and handed out as an array of exactly their number, so a page of rows allocates no
    /// growth steps.
    /// </summary>
    private struct ListEntries<T> : IEntries<T>
    {
        private T[]? _buffer;
        private int _count;

        public void Begin() => _buffer = ArrayPool<T>.Shared.Rent(16);

        public readonly bool TakeKey(ref Utf8JsonReader reader) => IsPosition(ref reader, _count);

        public void Add(T value)
        {
            if (_count == _buffer!.Length)
            {
                var larger = ArrayPool<T>.Shared.Rent(_count * 2);
                Array.Copy(_buffer, larger, _count);
                Release();
                _buffer = larger;
            }

            _buffer[_count++] = value;
        }

        public readonly T[] ToArray()
        {
            if (_count == 0)
            {
                return Array.Empty<T>();
            }

            var items = new T[_count];
            Array.Copy(_buffer!, items, _count);
            return items;
        }

        /// <summary>Gives the buffer back, cleared so the pool holds no rows.</summary>
        public readonly void Release()
        {
            if (_buffer is not null)
            {
                Array.Clear(_buffer, 0, _count);
                ArrayPool<T>.Shared.Return(_buffer);
            }
        }
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
