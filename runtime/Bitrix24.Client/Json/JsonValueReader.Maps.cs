using System;
using System.Collections.Generic;
using System.Text.Json;

namespace Bitrix24.Client.Json;

/// <summary>Name → value maps: a language's names, fields keyed by their code, stages keyed by their id.</summary>
public static partial class JsonValueReader
{
    /// <summary>
    /// A map whose values <paramref name="readValue"/> reads: an object gives its keys exactly as written (numeric
    /// strings such as <c>"15"</c> included) in order. PHP writes a map keyed <c>0</c>…<c>n-1</c> as an array, so an
    /// array gives the keys <c>"0"</c>…<c>"n-1"</c> (and <c>[]</c> the empty map). <c>null</c> and <c>""</c> give null.
    /// If any value cannot be read the whole map is refused and the reader is left where it was.
    /// </summary>
    public static bool TryReadMap<T>(ref Utf8JsonReader reader, JsonValueParser<T> readValue, out IReadOnlyDictionary<string, T>? value)
    {
        var entries = default(MapEntries<T>);
        var ok = TryReadEntries(ref reader, readValue, ref entries, out var isMissing);
        value = ok && !isMissing ? entries.Map : null;
        return ok;
    }

    /// <summary>A parser for a whole map (a method's <c>result</c>); a missing map reads as empty.</summary>
    public static JsonValueParser<IReadOnlyDictionary<string, T>> MapParser<T>(JsonValueParser<T> readValue)
        => (ref Utf8JsonReader reader, out IReadOnlyDictionary<string, T> value) =>
        {
            var ok = TryReadMap(ref reader, readValue, out var map);
            value = map ?? new Dictionary<string, T>(0, StringComparer.Ordinal);
            return ok;
        };

    private static string Position(int position) => position.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
