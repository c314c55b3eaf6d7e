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
}
