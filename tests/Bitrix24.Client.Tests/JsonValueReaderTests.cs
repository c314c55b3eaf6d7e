using System;
using System.Collections.Generic;
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
        long? id = null;
        double? opportunity = null;
        Dictionary<string, JsonElement>? extension = null;

        reader.Read();
        names.ReadInt64(ref reader, names.IndexOf(ref reader), ref id, ref extension);
        reader.Read();
        names.ReadDouble(ref reader, names.IndexOf(ref reader), ref opportunity, ref extension);

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

    private static Utf8JsonReader At(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        return reader;
    }
}
