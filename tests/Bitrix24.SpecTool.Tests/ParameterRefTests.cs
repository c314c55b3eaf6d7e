using System;
using System.Linq;
using Bitrix24.SpecTool.Documents;
using Bitrix24.SpecTool.Extraction;

namespace Bitrix24.SpecTool.Tests;

/// <summary>Request parameters documented by a link to a shared definition refer to its named type, on pages the tests write.</summary>
public sealed class ParameterRefTests : IDisposable
{
    private readonly SyntheticDocs _docs = new();
    private readonly TypeRegistry _types;
    private readonly PageExtractor _extractor;

    public ParameterRefTests()
    {
        _types = new TypeRegistry(new DocIndex(_docs.Root));
        _extractor = new PageExtractor(new PageLoader(_docs.Root), _types);
        _docs.Write("api-reference/test/data-types.md", "# Data types\n\n### test_phone {#test_phone}\n\n" + Table("|| **VALUE**\n[`string`](../data-types.md) | Number ||\n|| **VALUE_TYPE**\n[`string`](../data-types.md) | Kind ||\n"));
    }

    public void Dispose() => _docs.Dispose();

    [Fact]
    public void A_field_whose_type_links_a_definition_refers_to_it_and_one_with_its_own_table_keeps_it()
    {
        var spec = Extract(
            Table("|| **fields***\n[`object`](../data-types.md) | Values ||\n")
            + "\n### Parameter fields {#fields}\n\n"
            + Table("|| **PHONE**\n[`test_phone[]`](./data-types.md#test_phone) | Phones ||\n"
                + "|| **WORK**\n[`test_phone`](../data-types.md) | By token alone ||\n"
                + "|| **NAME**\n[`string`](../data-types.md) | Name ||\n"));

        var fields = Assert.Single(spec.Params);
        Assert.Null(fields.Ref);
        Assert.Equal([("PHONE", "test.phone"), ("WORK", "test.phone"), ("NAME", null)], fields.Fields.Select(field => (field.Name, field.Ref)));
        Assert.Equal(["VALUE", "VALUE_TYPE"], _types.Find("test.phone")!.Fields.Select(field => field.Name));
    }

    [Fact]
    public void A_generic_object_linked_to_a_page_without_an_anchor_or_by_its_description_stays_inline()
    {
        _docs.Write("api-reference/test/filter-syntax.md", "# Filters\n\n## Operators\n\n" + Table("|| **>**\n[`string`](../data-types.md) | Greater ||\n"));
        var spec = Extract(Table(
            "|| **filter**\n[`object`](./filter-syntax.md) | See [operators](./filter-syntax.md#operators) ||\n"
            + "|| **options**\n[`object`](../data-types.md) | See [phones](./data-types.md#test_phone) ||\n"));

        Assert.All(spec.Params, parameter => Assert.Null(parameter.Ref));
    }

    private Bitrix24.Specs.Model.MethodSpec Extract(string parameters)
        => _extractor.Extract(_docs.Write("api-reference/test/test-item-add.md", $"# Test test.item.add\n\n> Scope: `test`\n\n## Method Parameters\n\n{parameters}\n## Response Handling\n\n### Returned Data\n\n"
            + Table("|| **result**\n[`integer`](../data-types.md) | Id ||\n"))).Spec!;

    private static string Table(string rows) => "#|\n|| **Name**\n`type` | **Description** ||\n" + rows + "|#\n";
}
