using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using Bitrix24.Client.Json;

namespace Bitrix24.Client.Tests;

/// <summary>Every loose value form the portal sends, read by the helpers the generated code calls.</summary>
public sealed class JsonValueReaderTests
{
    [Theory]
    [InlineData("410", 410L)]
    [InlineData("\"410\"", 410L)]
    [InlineData("\" 42 \"", 42L)]
    [InlineData("\"-7\"", -7L)]
    [InlineData("12.0", 12L)]
    [InlineData("\"12.0\"", 12L)]
    [InlineData("null", null)]
    [InlineData("\"\"", null)]
    public void Integers_from_numbers_and_strings(string json, long? expected)
    {
        var reader = At(json);

        Assert.True(JsonValueReader.TryReadInt64(ref reader, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("\"abc\"")]
    [InlineData("12.5")]
    [InlineData("true")]
    [InlineData("{}")]
    [InlineData("[1]")]
    public void Integers_refuse_other_shapes_without_consuming(string json)
    {
        var reader = At(json);
        var before = reader.TokenStartIndex;

        Assert.False(JsonValueReader.TryReadInt64(ref reader, out _));
        Assert.Equal(before, reader.TokenStartIndex);
    }

    [Theory]
    [InlineData("1000.5", 1000.5)]
    [InlineData("\"1000000.00\"", 1000000.0)]
    [InlineData("\"1e3\"", 1000.0)]
    [InlineData("\"\"", null)]
    [InlineData("null", null)]
    public void Doubles_from_numbers_and_strings(string json, double? expected)
    {
        var reader = At(json);

        Assert.True(JsonValueReader.TryReadDouble(ref reader, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("\"Y\"", true)]
    [InlineData("\"N\"", false)]
    [InlineData("\"y\"", true)]
    [InlineData("\"1\"", true)]
    [InlineData("\"0\"", false)]
    [InlineData("1", true)]
    [InlineData("0", false)]
    [InlineData("true", true)]
    [InlineData("false", false)]
    [InlineData("\"true\"", true)]
    [InlineData("\"FALSE\"", false)]
    [InlineData("\"\"", null)]
    [InlineData("null", null)]
    public void Booleans_in_every_form(string json, bool? expected)
    {
        var reader = At(json);

        Assert.True(JsonValueReader.TryReadBoolean(ref reader, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("\"maybe\"")]
    [InlineData("2")]
    [InlineData("[]")]
    public void Booleans_refuse_other_values(string json)
    {
        var reader = At(json);

        Assert.False(JsonValueReader.TryReadBoolean(ref reader, out _));
    }

    [Theory]
    [InlineData("\"text\"", "text")]
    [InlineData("\"Y\"", "Y")]
    [InlineData("\"é\"", "é")]
    [InlineData("\"\\u0059\"", "Y")]
    [InlineData("410", "410")]
    [InlineData("12.50", "12.50")]
    [InlineData("true", "true")]
    [InlineData("\"\"", "")]
    [InlineData("null", null)]
    public void Strings_take_numbers_and_booleans_as_text(string json, string? expected)
    {
        var reader = At(json);

        Assert.True(JsonValueReader.TryReadString(ref reader, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("\"2025-12-28\"", "2025-12-28")]
    [InlineData("\"2024-08-30T02:00:00+02:00\"", "2024-08-30")]
    [InlineData("\"28.12.2025\"", "2025-12-28")]
    public void Dates_in_every_form(string json, string expected)
    {
        var reader = At(json);

        Assert.True(JsonValueReader.TryReadDate(ref reader, out var value));
        Assert.Equal(DateTime.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("null")]
    public void Dates_missing(string json)
    {
        var reader = At(json);

        Assert.True(JsonValueReader.TryReadDate(ref reader, out var value));
        Assert.Null(value);
    }

    [Theory]
    [InlineData("\"2023-12-28T14:05:48+03:00\"", 3)]
    [InlineData("\"2023-12-28T14:05:48\\u002B03:00\"", 3)]
    [InlineData("\" 2023-12-28T14:05:48+03:00 \"", 3)]
    [InlineData("\"2023-12-28T08:05:48-03:00\"", -3)]
    [InlineData("\"2023-12-28T11:05:48Z\"", 0)]
    [InlineData("\"2023-12-28T11:05:48\"", 0)]
    [InlineData("\"2023-12-28 14:05:48+03:00\"", 3)]
    public void Iso_date_times_read_the_same_by_the_fast_path_and_the_fallback(string json, int offsetHours)
    {
        var reader = At(json);

        Assert.True(JsonValueReader.TryReadDateTime(ref reader, out var value));
        Assert.Equal(new DateTimeOffset(2023, 12, 28, 11, 5, 48, TimeSpan.Zero), value);
        Assert.Equal(TimeSpan.FromHours(offsetHours), value!.Value.Offset);
    }

    [Theory]
    [InlineData("\"2024-08-30T23:30:00-05:00\"")]
    [InlineData("\"2024-08-30T00:30:00+05:00\"")]
    public void A_date_from_a_date_time_is_the_date_in_its_own_offset(string json)
    {
        var reader = At(json);

        Assert.True(JsonValueReader.TryReadDate(ref reader, out var value));
        Assert.Equal(new DateTime(2024, 8, 30), value);
    }

    [Fact]
    public void Date_times_keep_their_offset()
    {
        var reader = At("\"2023-12-28T14:05:48+03:00\"");

        Assert.True(JsonValueReader.TryReadDateTime(ref reader, out var value));
        Assert.Equal(new DateTimeOffset(2023, 12, 28, 14, 5, 48, TimeSpan.FromHours(3)), value);
        Assert.Equal(TimeSpan.FromHours(3), value!.Value.Offset);
    }

    [Theory]
    [InlineData("\"28.12.2023 14:05:48\"")]
    [InlineData("1703772348")]
    [InlineData("\"1703772348\"")]
    public void Date_times_from_the_site_format_and_unix_seconds_are_utc(string json)
    {
        var reader = At(json);

        Assert.True(JsonValueReader.TryReadDateTime(ref reader, out var value));
        Assert.Equal(new DateTimeOffset(2023, 12, 28, 14, 5, 48, TimeSpan.Zero), value);
    }

    [Theory]
    [InlineData("1719826800")]
    [InlineData("\"1719826800\"")]
    [InlineData("1719826800.0")]
    public void Timestamps_from_numbers_and_strings(string json)
    {
        var reader = At(json);

        Assert.True(JsonValueReader.TryReadTimestamp(ref reader, out var value));
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1719826800), value);
    }

    [Theory]
    [InlineData("\"next week\"")]
    [InlineData("1e300")]
    public void Timestamps_refuse_what_is_not_a_time(string json)
    {
        var reader = At(json);

        Assert.False(JsonValueReader.TryReadTimestamp(ref reader, out _));
    }

    [Fact]
    public void An_empty_php_array_is_an_empty_object_and_is_consumed()
    {
        var reader = At("[]");

        Assert.True(JsonValueReader.TryStartObject(ref reader, out var isEmpty));
        Assert.True(isEmpty);
        Assert.Equal(JsonTokenType.EndArray, reader.TokenType);
    }

    [Fact]
    public void A_non_empty_array_is_not_an_object()
    {
        var reader = At("[1]");

        Assert.False(JsonValueReader.TryStartObject(ref reader, out _));
        Assert.Equal(JsonTokenType.StartArray, reader.TokenType);
    }

    [Theory]
    [InlineData("[1, \"2\", 3]")]
    [InlineData("{\"0\": 1, \"1\": \"2\", \"2\": 3}")]
    public void Lists_from_arrays_and_php_keyed_objects(string json)
    {
        var reader = At(json);

        Assert.True(JsonValueReader.TryReadList<long>(ref reader, JsonValueReader.TryReadInt64Item, out var list));
        Assert.Equal(new long[] { 1, 2, 3 }, list);
    }

    [Fact]
    public void An_empty_object_is_the_empty_php_array_and_is_consumed()
    {
        var reader = At("{}");

        Assert.True(JsonValueReader.TryReadList<long>(ref reader, JsonValueReader.TryReadInt64Item, out var list));
        Assert.Empty(list!);
        Assert.Equal(JsonTokenType.EndObject, reader.TokenType);
    }

    /// <summary>Only PHP's array keyed by position is a list: rows inside a wrapper, gaps, other orders and names are not.</summary>
    [Theory]
    [InlineData("""{"items": [1, 2]}""")]
    [InlineData("""{"1": 1}""")]
    [InlineData("""{"0": 1, "2": 2}""")]
    [InlineData("""{"1": 1, "0": 2}""")]
    [InlineData("""{"00": 1}""")]
    [InlineData("""{"0": 1, "0": 2}""")]
    [InlineData("""{"0": 1, "x": 2}""")]
    [InlineData("""{"-0": 1}""")]
    public void An_object_not_keyed_0_to_n_is_not_a_list_and_is_left_unconsumed(string json)
    {
        var reader = At(json);

        Assert.False(JsonValueReader.TryReadList<JsonElement>(ref reader, JsonValueReader.TryReadRawItem, out _));
        Assert.Equal(JsonTokenType.StartObject, reader.TokenType);
        Assert.Equal(json, JsonElement.ParseValue(ref reader).GetRawText());
    }

    [Fact]
    public void Position_keys_are_compared_unescaped_and_past_nine()
    {
        var json = "{" + string.Join(",", Enumerable.Range(0, 12).Select(i => i == 3 ? "\"\\u0033\": 3" : $"\"{i}\": {i}")) + "}";
        var reader = At(json);

        Assert.True(JsonValueReader.TryReadList<long>(ref reader, JsonValueReader.TryReadInt64Item, out var list));
        Assert.Equal(Enumerable.Range(0, 12).Select(i => (long)i), list);
    }

    [Fact]
    public void Result_list_parser_refuses_rows_inside_a_wrapper_so_the_result_stays_raw()
    {
        var parse = JsonValueReader.ListParser<JsonElement>(JsonValueReader.TryReadRawItem);
        var reader = At("""{"items": [{"ID": "1"}, {"ID": "2"}]}""");

        Assert.False(parse(ref reader, out _));
        Assert.Equal(JsonTokenType.StartObject, reader.TokenType);
    }

    [Fact]
    public void Maps_keep_keys_as_written_numeric_strings_included_in_order()
    {
        var reader = At("""{"15": "New", "3": "Won", "de": "Angebot", "": "empty key"}""");

        Assert.True(JsonValueReader.TryReadMap<string>(ref reader, JsonValueReader.TryReadStringItem, out var map));
        Assert.Equal(["15", "3", "de", ""], map!.Keys);
        Assert.Equal(["New", "Won", "Angebot", "empty key"], map.Values);
        Assert.Equal(JsonTokenType.EndObject, reader.TokenType);
    }

    [Theory]
    [InlineData("[]", 0)]
    [InlineData("{}", 0)]
    [InlineData("""["a", "b"]""", 2)]
    public void A_map_written_by_php_as_an_array_is_keyed_by_position(string json, int count)
    {
        var reader = At(json);

        Assert.True(JsonValueReader.TryReadMap<string>(ref reader, JsonValueReader.TryReadStringItem, out var map));
        Assert.Equal(Enumerable.Range(0, count).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), map!.Keys);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("\"\"")]
    public void A_missing_map_is_null(string json)
    {
        var reader = At(json);

        Assert.True(JsonValueReader.TryReadMap<string>(ref reader, JsonValueReader.TryReadStringItem, out var map));
        Assert.Null(map);
    }

    [Theory]
    [InlineData("""{"a": 1, "b": "x"}""")]
    [InlineData("""[1, "x"]""")]
    [InlineData("\"text\"")]
    [InlineData("5")]
    public void A_map_with_a_value_that_does_not_fit_is_refused_whole_and_not_consumed(string json)
    {
        var reader = At(json);

        Assert.False(JsonValueReader.TryReadMap<long>(ref reader, JsonValueReader.TryReadInt64Item, out _));
        Assert.Equal(json, JsonElement.ParseValue(ref reader).GetRawText());
    }

    [Fact]
    public void Result_map_parser_reads_a_missing_map_as_empty()
    {
        var parse = JsonValueReader.MapParser<long>(JsonValueReader.TryReadInt64Item);
        var reader = At("null");

        Assert.True(parse(ref reader, out var value));
        Assert.Empty(value);
    }

    [Theory]
    [InlineData("\"01:30:15\"", 5415.0)]
    [InlineData("\"125:00:00\"", 450000.0)]
    [InlineData("\"00:45\"", 2700.0)]
    [InlineData("\"-00:00:30\"", -30.0)]
    [InlineData("3600", 3600.0)]
    [InlineData("\"90\"", 90.0)]
    [InlineData("1.5", 1.5)]
    public void Durations_from_hh_mm_ss_and_seconds(string json, double seconds)
    {
        var reader = At(json);

        Assert.True(JsonValueReader.TryReadDuration(ref reader, out var value));
        Assert.Equal(TimeSpan.FromSeconds(seconds), value);
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("null")]
    public void Durations_missing(string json)
    {
        var reader = At(json);

        Assert.True(JsonValueReader.TryReadDuration(ref reader, out var value));
        Assert.Null(value);
    }

    [Theory]
    [InlineData("\"1:60:00\"")]
    [InlineData("\"1:5:00\"")]
    [InlineData("\"01:02:03:04\"")]
    [InlineData("\"soon\"")]
    [InlineData("\"1e300\"")]
    [InlineData("true")]
    public void Durations_refuse_what_is_not_a_duration(string json)
    {
        var reader = At(json);

        Assert.False(JsonValueReader.TryReadDuration(ref reader, out _));
    }

    [Fact]
    public void A_list_with_an_unreadable_element_is_refused_whole_and_not_consumed()
    {
        var reader = At("[1, \"x\"]");

        Assert.False(JsonValueReader.TryReadList<long>(ref reader, JsonValueReader.TryReadInt64Item, out _));
        Assert.Equal(JsonTokenType.StartArray, reader.TokenType);
    }

    [Fact]
    public void Unknown_properties_are_kept_raw()
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes("{\"UF_CRM_1\": [1, 2]}"));
        reader.Read();
        reader.Read();
        Dictionary<string, JsonElement>? extension = null;

        JsonValueReader.KeepProperty(ref reader, ref extension);

        Assert.Equal("[1, 2]", extension!["UF_CRM_1"].GetRawText());
        Assert.Equal(JsonTokenType.EndArray, reader.TokenType);
        Assert.Empty(JsonValueReader.ExtensionData(null));
    }

    [Fact]
    public void Result_list_parser_reads_a_missing_list_as_empty()
    {
        var parse = JsonValueReader.ListParser<long>(JsonValueReader.TryReadInt64Item);
        var reader = At("null");

        Assert.True(parse(ref reader, out var value));
        Assert.Empty(value);
    }

    [Theory]
    [InlineData("9223372036854775807", long.MaxValue)]
    [InlineData("-9223372036854775808", long.MinValue)]
    [InlineData("\"9223372036854775807\"", long.MaxValue)]
    [InlineData("9.223372036854775807e18", long.MaxValue)]
    [InlineData("9007199254740993.0", 9007199254740993L)]
    [InlineData("\"9007199254740993.0\"", 9007199254740993L)]
    [InlineData("1e3", 1000L)]
    public void Integers_at_the_edge_of_the_range_are_read_exactly(string json, long expected)
    {
        var reader = At(json);

        Assert.True(JsonValueReader.TryReadInt64(ref reader, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("9223372036854775808")]
    [InlineData("-9223372036854775809")]
    [InlineData("\"9223372036854775808\"")]
    [InlineData("9223372036854775808.0")]
    [InlineData("\"9223372036854775808.0\"")]
    [InlineData("18446744073709551616")]
    [InlineData("123456789012345678901234567890123")]
    [InlineData("1e19")]
    [InlineData("1e400")]
    [InlineData("-1e400")]
    [InlineData("\"1e400\"")]
    public void Integers_out_of_range_are_refused_never_clamped(string json)
    {
        var reader = At(json);

        Assert.False(JsonValueReader.TryReadInt64(ref reader, out _));
    }

    [Theory]
    [InlineData("1e400")]
    [InlineData("-1e400")]
    [InlineData("\"1e400\"")]
    [InlineData("\"NaN\"")]
    [InlineData("\"Infinity\"")]
    [InlineData("\"-Infinity\"")]
    public void Doubles_out_of_range_are_refused_never_made_infinite(string json)
    {
        var reader = At(json);

        Assert.False(JsonValueReader.TryReadDouble(ref reader, out _));
    }

    [Theory]
    [InlineData("1e400")]
    [InlineData("\"1e400\"")]
    public void Timestamps_out_of_range_are_refused(string json)
    {
        var reader = At(json);

        Assert.False(JsonValueReader.TryReadTimestamp(ref reader, out _));
    }

    [Fact]
    public void A_value_out_of_range_is_kept_raw_under_its_name()
    {
        var names = new JsonPropertyNames("ID", "OPPORTUNITY");
        var reader = new Utf8JsonReader("""{"ID":9223372036854775808,"OPPORTUNITY":1e400}"""u8);
        reader.Read();
        Dictionary<string, JsonElement>? extension = null;

        reader.Read();
        var id = names.Int64(ref reader, names.IndexOf(ref reader), ref extension);
        reader.Read();
        var opportunity = names.Double(ref reader, names.IndexOf(ref reader), ref extension);

        Assert.Null(id);
        Assert.Null(opportunity);
        Assert.Equal("9223372036854775808", extension!["ID"].GetRawText());
        Assert.Equal("1e400", extension["OPPORTUNITY"].GetRawText());
    }

    [Theory]
    [InlineData("\"\\ud800\"")]
    [InlineData("\"abc\\udfffdef\"")]
    public void A_string_with_a_lone_surrogate_is_refused_so_it_is_kept_raw(string json)
    {
        var reader = At(json);

        Assert.False(JsonValueReader.TryReadString(ref reader, out _));
        Assert.False(JsonValueReader.TryReadInt64(ref reader, out _));
        Assert.False(JsonValueReader.TryReadDateTime(ref reader, out _));
        Assert.True(JsonValueReader.TryReadRaw(ref reader, out var raw));
        Assert.Equal(json, raw!.Value.GetRawText());
    }

    [Fact]
    public void A_property_name_with_a_lone_surrogate_is_kept_under_its_escaped_text()
    {
        var reader = new Utf8JsonReader("""{"UF_\ud800":1}"""u8);
        reader.Read();
        reader.Read();
        Dictionary<string, JsonElement>? extension = null;

        Assert.Equal(-1, new JsonPropertyNames("ID").IndexOf(ref reader));
        JsonValueReader.KeepProperty(ref reader, ref extension);

        Assert.Equal("1", extension!["UF_\\ud800"].GetRawText());
    }

    /// <summary>
    /// A quoted number or flag is read from its bytes without making a string; an escaped twin of the same text (its first
    /// character written <c>\u00XX</c>) takes the string path. Both must give the same answer, refusals included.
    /// </summary>
    [Theory]
    [InlineData("410")]
    [InlineData("-7")]
    [InlineData("+7")]
    [InlineData("007")]
    [InlineData(" 42 ")]
    [InlineData("1e3")]
    [InlineData("12.0")]
    [InlineData("12.5")]
    [InlineData("3607999.00")]
    [InlineData("0.1")]
    [InlineData("0.3")]
    [InlineData("2.675")]
    [InlineData("-0.50")]
    [InlineData("5.")]
    [InlineData("1.2.3")]
    [InlineData("-")]
    [InlineData("123456.789012345")]
    [InlineData("1234567890.123456")]
    [InlineData("0.30000000000000004")]
    [InlineData("999999999999999999")]
    [InlineData("-9223372036854775808")]
    [InlineData(".5")]
    [InlineData("1,000")]
    [InlineData("0x10")]
    [InlineData("9223372036854775807")]
    [InlineData("9223372036854775808")]
    [InlineData("1e400")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("1719826800")]
    [InlineData("Y")]
    [InlineData("y")]
    [InlineData("N")]
    [InlineData("1")]
    [InlineData("0")]
    [InlineData(" ")]
    [InlineData("X")]
    [InlineData("TRUE")]
    public void Quoted_values_read_from_their_bytes_as_from_their_string(string text)
    {
        var plain = "\"" + text + "\"";
        var escaped = $"\"\\u{(int)text[0]:x4}{text.Substring(1)}\"";

        Assert.Equal(Read<long?>(plain, JsonValueReader.TryReadInt64), Read<long?>(escaped, JsonValueReader.TryReadInt64));
        Assert.Equal(Read<double?>(plain, JsonValueReader.TryReadDouble), Read<double?>(escaped, JsonValueReader.TryReadDouble));
        Assert.Equal(Read<DateTimeOffset?>(plain, JsonValueReader.TryReadTimestamp), Read<DateTimeOffset?>(escaped, JsonValueReader.TryReadTimestamp));
        Assert.Equal(Read<bool?>(plain, JsonValueReader.TryReadBoolean), Read<bool?>(escaped, JsonValueReader.TryReadBoolean));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_list_longer_than_its_first_buffer_keeps_every_element_in_order_in_an_array_of_its_length(bool asPhpObject)
    {
        var values = Enumerable.Range(0, 100).Select(i => $"\"{i * 3}\"");
        var json = asPhpObject
            ? "{" + string.Join(",", values.Select((value, i) => $"\"{i}\":{value}")) + "}"
            : "[" + string.Join(",", values) + "]";
        var reader = At(json);

        Assert.True(JsonValueReader.TryReadList<long>(ref reader, JsonValueReader.TryReadInt64Item, out var list));

        Assert.Equal(Enumerable.Range(0, 100).Select(i => i * 3L), Assert.IsType<long[]>(list));
        Assert.Equal(asPhpObject ? JsonTokenType.EndObject : JsonTokenType.EndArray, reader.TokenType);
    }

    [Fact]
    public void Lists_nested_in_lists_each_keep_their_own_elements()
    {
        var reader = At("""[[1,2],[],[3,4,5],{"0":6}]""");

        Assert.True(JsonValueReader.TryReadList(ref reader, (ref Utf8JsonReader inner, out IReadOnlyList<long> value) =>
        {
            var ok = JsonValueReader.TryReadList<long>(ref inner, JsonValueReader.TryReadInt64Item, out var list);
            value = list!;
            return ok;
        }, out var lists));

        Assert.Equal(new[] { new[] { 1L, 2L }, [], [3L, 4L, 5L], [6L] }, lists!.Select(list => list.ToArray()));
    }

    [Fact]
    public void A_one_letter_string_is_one_shared_instance()
    {
        var first = Read<string?>("\"N\"", JsonValueReader.TryReadString);
        var second = Read<string?>("\"N\"", JsonValueReader.TryReadString);

        Assert.Equal((true, "N"), first);
        Assert.Same(first.Value, second.Value);
    }

    private static (bool Ok, T Value) Read<T>(string json, JsonValueParser<T> parse)
    {
        var reader = At(json);
        var ok = parse(ref reader, out var value);
        return (ok, value);
    }

    private static Utf8JsonReader At(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        return reader;
    }
}
