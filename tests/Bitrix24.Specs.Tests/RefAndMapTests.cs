using System.Linq;
using Bitrix24.Specs.Model;
using Bitrix24.Specs.Reading;
using Bitrix24.Specs.Writing;

namespace Bitrix24.Specs.Tests;

/// <summary><c>ref</c> (a named type) and <c>map</c> (a name → value map) on params, fields, items entries and the result.</summary>
public sealed class RefAndMapTests
{
    internal const string Method = """
        method: test.item.list
        rest: 2
        deprecated: false
        kind: read
        params:
          - name: fields
            type: object
            ref: test.item
            required: true
          - name: filter
            type: object
            required: false
            fields:
              - name: OWNERS
                type: owner[]
                ref: test.owner
                required: false
          - name: rows
            type: object[]
            required: false
            items:
              - name: CURRENCY
                type: crm_currency
                ref: test.currency
                required: false
          - name: labels
            type: object
            map: string
            required: false
        result:
          type: item[]
          ref: test.item
          description: The items
        list: {rows: result, id: ID, paging: next}

        """;

    [Fact]
    public void Ref_and_map_round_trip()
    {
        var result = SpecReader.Read(Method);

        Assert.Empty(result.Problems);
        var spec = result.Spec!;
        Assert.Equal(("test.item", (string?)null), (spec.Params[0].Ref, spec.Params[0].Map));
        Assert.Equal("test.owner", spec.Params[1].Fields.Single().Ref);
        Assert.Equal("test.currency", spec.Params[2].Items.Single().Ref);
        Assert.Equal(((string?)null, "string"), (spec.Params[3].Ref, spec.Params[3].Map));
        Assert.Equal(("test.item", (string?)null), (spec.Result!.Ref, spec.Result.Map));
        Assert.Equal((8, 10), (spec.Params[0].RefPosition.Line, spec.Params[0].RefPosition.Column));
        Assert.Equal((32, 8), (spec.Result.RefPosition.Line, spec.Result.RefPosition.Column));
        Assert.Equal(Method, SpecWriter.Write(spec));
    }

    [Fact]
    public void A_map_of_a_named_type_and_a_map_of_inline_objects_round_trip()
    {
        const string yaml = """
            method: test.item.fields
            rest: 2
            deprecated: false
            kind: read
            result:
              type: object
              ref: test.field_description
              map: object

            """;
        const string inline = """
            method: test.stage.get
            rest: 2
            deprecated: false
            kind: read
            result:
              type: object
              map: object
              fields:
                - name: ID
                  type: integer
                  required: false

            """;

        Assert.Equal(yaml, SpecWriter.Write(Read(yaml)));
        Assert.Equal(inline, SpecWriter.Write(Read(inline)));
        Assert.Equal(("test.field_description", "object"), (Read(yaml).Result!.Ref, Read(yaml).Result!.Map));
    }

    [Theory]
    [InlineData("params:\n  - name: a\n    type: object\n    ref: test.a\n    fields:\n      - {name: b, type: string}\n", 4, 10)]
    [InlineData("params:\n  - name: a\n    type: object[]\n    items:\n      - {name: b, type: string}\n    ref: test.a\n", 6, 10)]
    [InlineData("params:\n  - name: a\n    type: object\n    map: object\n    ref: test.a\n    fields:\n      - {name: b, type: string}\n", 5, 10)]
    [InlineData("result:\n  type: object\n  fields:\n    - {name: b, type: string}\n  ref: test.a\n", 5, 8)]
    public void Ref_beside_fields_is_a_problem_at_its_line(string yaml, int line, int column)
    {
        var problem = SingleError("method: test.a.get\n" + yaml);

        Assert.Equal((SpecProblemKind.InvalidNesting, line + 1, column), (problem.Kind, problem.Line, problem.Column));
        Assert.Contains("both 'ref' and", problem.Message);
    }

    [Theory]
    [InlineData("integer")]
    [InlineData("string")]
    [InlineData("boolean")]
    [InlineData("double")]
    [InlineData("date")]
    [InlineData("datetime")]
    [InlineData("char")]
    [InlineData("user")]
    [InlineData("crm_status")]
    [InlineData("crm_enum_ownertype")]
    [InlineData("integer[]")]
    [InlineData("string | null")]
    [InlineData("user.id")]
    [InlineData("lang_map")]
    public void Ref_on_a_scalar_token_is_a_problem_at_its_line(string token)
    {
        var problem = SingleError($"method: test.a.get\nparams:\n  - name: a\n    type: \"{token}\"\n    ref: test.a\n");

        Assert.Equal((SpecProblemKind.InvalidNesting, 5, 10), (problem.Kind, problem.Line, problem.Column));
        Assert.Contains("is a scalar", problem.Message);
    }

    [Theory]
    [InlineData("object")]
    [InlineData("deal[]")]
    [InlineData("array")]
    [InlineData("crm_currency")]
    [InlineData("crm_lead")]
    [InlineData("any")]
    [InlineData("")]
    [InlineData("uf_enum_element")]
    public void Ref_on_a_token_that_may_name_an_object_is_read(string token)
    {
        var result = SpecReader.Read($"method: test.a.get\nparams:\n  - name: a\n    type: \"{token}\"\n    ref: test.a\n");

        Assert.Empty(result.Problems);
        Assert.Equal("test.a", result.Spec!.Params.Single().Ref);
    }

    [Theory]
    [InlineData("params:\n  - {name: a, type: integer, map: string}\n", 3, 35, "'map' but its type 'integer' is a scalar")]
    [InlineData("params:\n  - name: a\n    type: object\n    map: string\n    fields:\n      - {name: b, type: string}\n", 7, 7, "its values' type 'string' is not an object")]
    [InlineData("params:\n  - name: a\n    type: lang_map\n    fields:\n      - {name: b, type: string}\n", 6, 7, "its values' type 'string' is not an object")]
    [InlineData("result:\n  type: object\n  map: object\n  items:\n    - {name: b, type: string}\n", 6, 5, "its values' type 'object' is not an array")]
    [InlineData("result:\n  type: object\n  map: integer\n  ref: test.a\n", 5, 8, "its values' type 'integer' is a scalar")]
    public void Fields_items_and_ref_of_a_map_describe_its_values(string yaml, int line, int column, string message)
    {
        var problem = SingleError("method: test.a.get\n" + yaml);

        Assert.Equal((SpecProblemKind.InvalidNesting, line, column), (problem.Kind, problem.Line, problem.Column));
        Assert.Contains(message, problem.Message);
    }

    [Theory]
    [InlineData("Test.A")]
    [InlineData("test..a")]
    [InlineData("test.a-b")]
    public void A_ref_that_is_not_a_type_id_is_a_problem_at_the_ref(string id)
    {
        var problem = SingleError($"method: test.a.get\nresult:\n  type: object\n  ref: {id}\n");

        Assert.Equal((SpecProblemKind.InvalidMethodName, 4, 8), (problem.Kind, problem.Line, problem.Column));
        Assert.Contains("is not a type id", problem.Message);
    }

    [Fact]
    public void An_unknown_map_token_warns_at_the_map()
    {
        var result = SpecReader.Read("method: test.a.get\nresult:\n  type: object\n  map: wib-ble\n");

        Assert.NotNull(result.Spec);
        var problem = Assert.Single(result.Problems);
        Assert.Equal((SpecProblemKind.UnknownType, 4, 8), (problem.Kind, problem.Line, problem.Column));
    }

    private static MethodSpec Read(string yaml)
    {
        var result = SpecReader.Read(yaml);
        Assert.Empty(result.Problems);
        return result.Spec!;
    }

    private static SpecProblem SingleError(string yaml)
    {
        var result = SpecReader.Read(yaml);
        Assert.Null(result.Spec);
        return Assert.Single(result.Problems);
    }
}
