using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Bitrix24.Client.Batch;

namespace Bitrix24.Client.Tests;

/// <summary>REST 2 batch commands carry their parameters PHP-style; decoding them back must give the same structure.</summary>
public sealed class PhpQueryEncoderTests
{
    [Fact]
    public void Nested_objects_and_arrays_become_bracketed_keys()
    {
        var query = PhpQueryEncoder.Encode(Json("""{"fields":{"TITLE":"Deal & Co = 1","TAGS":["a","b"],"PHONE":[{"VALUE":"+1 555","VALUE_TYPE":"WORK"}]},"id":7}"""));

        Assert.Equal(
            ["fields[TITLE]=Deal%20%26%20Co%20%3D%201", "fields[TAGS][0]=a", "fields[TAGS][1]=b", "fields[PHONE][0][VALUE]=%2B1%20555", "fields[PHONE][0][VALUE_TYPE]=WORK", "id=7"],
            query.Split('&'));
    }

    [Fact]
    public void Booleans_nulls_and_empty_containers_keep_a_value()
    {
        var query = PhpQueryEncoder.Encode(Json("""{"yes":true,"no":false,"none":null,"list":[],"map":{}}"""));

        Assert.Equal(["yes=1", "no=0", "none=", "list=", "map="], query.Split('&'));
    }

    [Fact]
    public void Filter_operators_and_non_ascii_text_are_escaped_but_references_stay_readable()
    {
        var query = PhpQueryEncoder.Encode(Json("""{"filter":{">ID":"$result[p0][49][ID]","TITLE":"Сделка"}}"""));

        Assert.Equal(["filter[%3EID]=$result[p0][49][ID]", "filter[TITLE]=%D0%A1%D0%B4%D0%B5%D0%BB%D0%BA%D0%B0"], query.Split('&'));
    }

    [Fact]
    public void Decoding_the_query_gives_back_every_leaf()
    {
        var json = """{"fields":{"TITLE":"a&b","NESTED":{"DEEP":[1,2,{"X":"y z"}]}},"select":["ID","TITLE"]}""";

        var decoded = PhpQueryEncoder.Encode(Json(json)).Split('&')
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(pair => System.Uri.UnescapeDataString(pair[0]), pair => System.Uri.UnescapeDataString(pair[1]));

        Assert.Equal(
            new Dictionary<string, string>
            {
                ["fields[TITLE]"] = "a&b",
                ["fields[NESTED][DEEP][0]"] = "1",
                ["fields[NESTED][DEEP][1]"] = "2",
                ["fields[NESTED][DEEP][2][X]"] = "y z",
                ["select[0]"] = "ID",
                ["select[1]"] = "TITLE",
            },
            decoded);
    }

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();
}
