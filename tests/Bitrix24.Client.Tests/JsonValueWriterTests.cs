using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using Bitrix24.Client.Json;

namespace Bitrix24.Client.Tests;

public sealed class JsonValueWriterTests
{
    [Fact]
    public void Writes_each_documented_form_and_leaves_out_unset_properties()
    {
        var json = Write(writer =>
        {
            writer.WriteStartObject();
            JsonValueWriter.WriteInt64Property(writer, "i"u8, 410);
            JsonValueWriter.WriteInt64Property(writer, "unset"u8, null);
            JsonValueWriter.WriteDoubleProperty(writer, "d"u8, 2.5);
            JsonValueWriter.WriteBooleanProperty(writer, "b"u8, true);
            JsonValueWriter.WriteYesNoProperty(writer, "y"u8, true);
            JsonValueWriter.WriteYesNoProperty(writer, "n"u8, false);
            JsonValueWriter.WriteStringProperty(writer, "s"u8, "«ок» & co");
            JsonValueWriter.WriteStringProperty(writer, "unset"u8, null);
            JsonValueWriter.WriteDateProperty(writer, "date"u8, new DateTime(2025, 12, 28, 23, 59, 0));
            JsonValueWriter.WriteDateTimeProperty(writer, "dt"u8, new DateTimeOffset(2023, 12, 28, 14, 5, 48, TimeSpan.FromHours(3)));
            JsonValueWriter.WriteTimestampProperty(writer, "ts"u8, DateTimeOffset.FromUnixTimeSeconds(1719826800));
            JsonValueWriter.WriteRawProperty(writer, "raw"u8, JsonElement.Parse("[1,{}]"));
            JsonValueWriter.WriteObjectProperty(writer, "o"u8, new Point(1));
            JsonValueWriter.WriteObjectProperty(writer, "unset"u8, null);
            JsonValueWriter.WriteInt64ListProperty(writer, "li"u8, [1L, 2L]);
            JsonValueWriter.WriteYesNoListProperty(writer, "ly"u8, [true, false]);
            JsonValueWriter.WriteStringListProperty(writer, "ls"u8, ["a"]);
            JsonValueWriter.WriteDateListProperty(writer, "ld"u8, [new DateTime(2025, 1, 2)]);
            JsonValueWriter.WriteTimestampListProperty(writer, "lt"u8, [DateTimeOffset.FromUnixTimeSeconds(5)]);
            JsonValueWriter.WriteObjectListProperty(writer, "lo"u8, [new Point(2), new Point(3)]);
            JsonValueWriter.WriteStringListProperty(writer, "unset"u8, null);
            JsonValueWriter.WriteExtensionData(writer, new System.Collections.Generic.Dictionary<string, JsonElement> { ["UF_CRM_1"] = JsonElement.Parse("[1]") });
            JsonValueWriter.WriteExtensionData(writer, null);
            writer.WriteEndObject();
        });

        Assert.Equal(
            """{"i":410,"d":2.5,"b":true,"y":"Y","n":"N","s":"«ок» & co","date":"2025-12-28","dt":"2023-12-28T14:05:48+03:00","ts":1719826800,"raw":[1,{}],"o":{"x":1},"li":[1,2],"ly":["Y","N"],"ls":["a"],"ld":["2025-01-02"],"lt":[5],"lo":[{"x":2},{"x":3}],"UF_CRM_1":[1]}""",
            json);
    }

    [Fact]
    public void Maps_are_written_as_objects_with_their_keys_even_empty_or_keyed_by_position()
    {
        var json = Write(writer =>
        {
            writer.WriteStartObject();
            JsonValueWriter.WriteStringMapProperty(writer, "names"u8, new Dictionary<string, string> { ["de"] = "Angebot", ["15"] = "New" });
            JsonValueWriter.WriteStringMapProperty(writer, "positions"u8, new Dictionary<string, string> { ["0"] = "a", ["1"] = "b" });
            JsonValueWriter.WriteStringMapProperty(writer, "empty"u8, new Dictionary<string, string>());
            JsonValueWriter.WriteStringMapProperty(writer, "unset"u8, null);
            JsonValueWriter.WriteObjectMapProperty(writer, "points"u8, new Dictionary<string, Point> { ["7"] = new Point(7) });
            JsonValueWriter.WriteObjectMapProperty<Point>(writer, "unset"u8, null);
            writer.WriteEndObject();
        });

        Assert.Equal("""{"names":{"de":"Angebot","15":"New"},"positions":{"0":"a","1":"b"},"empty":{},"points":{"7":{"x":7}}}""", json);
    }

    private sealed class Point(long x) : IJsonWritable
    {
        public void WriteTo(Utf8JsonWriter writer)
        {
            writer.WriteStartObject();
            JsonValueWriter.WriteInt64Property(writer, "x"u8, x);
            writer.WriteEndObject();
        }
    }

    private static string Write(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
