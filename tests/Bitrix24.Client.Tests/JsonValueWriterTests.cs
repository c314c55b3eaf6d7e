using System;
using System.IO;
using System.Text;
using System.Text.Json;
using Bitrix24.Client.Json;

namespace Bitrix24.Client.Tests;

public sealed class JsonValueWriterTests
{
    [Fact]
    public void Writes_each_documented_form()
    {
        var json = Write(writer =>
        {
            writer.WriteStartArray();
            JsonValueWriter.WriteYesNo(writer, true);
            JsonValueWriter.WriteYesNo(writer, false);
            JsonValueWriter.WriteDate(writer, new DateTime(2025, 12, 28, 23, 59, 0));
            JsonValueWriter.WriteDateTime(writer, new DateTimeOffset(2023, 12, 28, 14, 5, 48, TimeSpan.FromHours(3)));
            JsonValueWriter.WriteTimestamp(writer, DateTimeOffset.FromUnixTimeSeconds(1719826800));
            JsonValueWriter.WriteList(writer, new[] { 1L, 2L }, static (w, item) => w.WriteNumberValue(item));
            writer.WriteStartObject();
            JsonValueWriter.WriteExtensionData(writer, new System.Collections.Generic.Dictionary<string, JsonElement> { ["UF_CRM_1"] = JsonElement.Parse("[1]") });
            JsonValueWriter.WriteExtensionData(writer, null);
            writer.WriteEndObject();
            writer.WriteEndArray();
        });

        Assert.Equal("[\"Y\",\"N\",\"2025-12-28\",\"2023-12-28T14:05:48+03:00\",1719826800,[1,2],{\"UF_CRM_1\":[1]}]", json);
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
