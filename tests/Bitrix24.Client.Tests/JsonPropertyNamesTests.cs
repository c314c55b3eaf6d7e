using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using Bitrix24.Client.Json;

namespace Bitrix24.Client.Tests;

/// <summary>Generated readers find a property's index through this table; escaped and unknown names included.</summary>
public sealed class JsonPropertyNamesTests
{
    private static readonly JsonPropertyNames Names = new("ID", "TITLE", "TYPE_ID", "STAGE_ID", "UF_CRM_1", "Имя");

    [Theory]
    [InlineData("""{"ID":1}""", 0)]
    [InlineData("""{"TITLE":1}""", 1)]
    [InlineData("""{"TYPE_ID":1}""", 2)]
    [InlineData("""{"STAGE_ID":1}""", 3)]
    [InlineData("""{"UF_CRM_1":1}""", 4)]
    [InlineData("""{"Имя":1}""", 5)]
    [InlineData("""{"\u0049D":1}""", 0)]
    [InlineData("""{"\u0418\u043c\u044f":1}""", 5)]
    [InlineData("""{"id":1}""", -1)]
    [InlineData("""{"TITLE_LONGER_THAN_ANY_NAME":1}""", -1)]
    [InlineData("""{"":1}""", -1)]
    public void Finds_the_index_of_the_name_at_the_reader(string json, int expected)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        reader.Read();

        Assert.Equal(expected, Names.IndexOf(ref reader));
    }

    [Fact]
    public void Each_reader_stores_a_value_of_its_type_and_keeps_any_other_shape_raw_under_the_documented_name()
    {
        var names = new JsonPropertyNames("n", "d", "b", "s", "date", "dt", "ts", "list", "raw");
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(
            """{"n":"410","d":"2.5","b":"Y","s":{"not":"a string"},"date":"2025-01-31","dt":"2025-01-31T10:00:00+03:00","ts":1719826800,"list":["1",2],"raw":[1,{"a":null}]}"""));
        long? number = null;
        double? real = null;
        bool? flag = null;
        string? text = "unset";
        System.DateTime? date = null;
        System.DateTimeOffset? moment = null;
        System.DateTimeOffset? stamp = null;
        IReadOnlyList<long>? list = null;
        JsonElement? raw = null;
        Dictionary<string, JsonElement>? extensionData = null;
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            switch (names.IndexOf(ref reader))
            {
                case 0: names.ReadInt64(ref reader, 0, ref number, ref extensionData); break;
                case 1: names.ReadDouble(ref reader, 1, ref real, ref extensionData); break;
                case 2: names.ReadBoolean(ref reader, 2, ref flag, ref extensionData); break;
                case 3: names.ReadString(ref reader, 3, ref text, ref extensionData); break;
                case 4: names.ReadDate(ref reader, 4, ref date, ref extensionData); break;
                case 5: names.ReadDateTime(ref reader, 5, ref moment, ref extensionData); break;
                case 6: names.ReadTimestamp(ref reader, 6, ref stamp, ref extensionData); break;
                case 7: names.ReadList<long>(ref reader, 7, JsonValueReader.TryReadInt64Item, ref list, ref extensionData); break;
                case 8: JsonPropertyNames.ReadRaw(ref reader, ref raw); break;
            }
        }

        Assert.Equal((410L, 2.5, true, (string?)null), (number, real, flag, text));
        Assert.Equal((new System.DateTime(2025, 1, 31), new System.DateTimeOffset(2025, 1, 31, 10, 0, 0, System.TimeSpan.FromHours(3))), (date, moment));
        Assert.Equal(1719826800, stamp!.Value.ToUnixTimeSeconds());
        Assert.Equal([1L, 2L], list);
        Assert.Equal("""[1,{"a":null}]""", raw!.Value.GetRawText());
        Assert.Equal("""{"not":"a string"}""", Assert.Single(extensionData!, pair => pair.Key == "s").Value.GetRawText());
        Assert.Equal(JsonTokenType.EndObject, reader.TokenType);
    }
}
