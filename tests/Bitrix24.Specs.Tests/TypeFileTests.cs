using System.Linq;
using Bitrix24.Specs.Model;
using Bitrix24.Specs.Reading;
using Bitrix24.Specs.Writing;

namespace Bitrix24.Specs.Tests;

/// <summary>Type files (<c>object:</c>): reading, the canonical writer, and how a file is told apart from a method spec.</summary>
public sealed class TypeFileTests
{
    // Canonical form, so the writer must give these bytes back.
    internal const string Item = """
        object: test.item
        title: Item
        summary: An item as test.item.get and test.item.list return it.
        source: api-reference/test/test-item-get.md#item
        fields:
          - name: ID
            type: integer
            required: false
            description: The identifier
          - name: OWNER
            type: object
            ref: test.owner
            required: true
          - name: TAGS
            type: tag[]
            ref: test.tag
            required: false
          - name: CURRENCY
            type: crm_currency
            ref: test.currency
            required: false
          - name: TITLE
            type: lang_map
            required: false
          - name: STAGES
            type: object
            map: object
            required: false
            description: Stage ids as keys
            fields:
              - name: NAME
                type: string
                required: false
          - name: UF_TEST_...
            type: any
            required: false

        """;

    [Fact]
    public void Type_file_round_trips_byte_stable()
    {
        var result = SpecReader.Read(Item);

        Assert.Empty(result.Problems);
        Assert.Null(result.Spec);
        var type = Assert.IsType<ObjectSpec>(result.Object);
        Assert.Equal(Item, SpecWriter.Write(type));
        Assert.Equal(type, SpecReader.Read(SpecWriter.Write(type)).Object);
    }

    [Fact]
    public void Reads_every_key_of_a_type_file()
    {
        var type = SpecReader.Read(Item).Object!;

        Assert.Equal("test.item", type.Id);
        Assert.Equal("Item", type.Title);
        Assert.Equal("An item as test.item.get and test.item.list return it.", type.Summary);
        Assert.Equal("api-reference/test/test-item-get.md#item", type.Source);
        Assert.Equal((1, 9), (type.Position.Line, type.Position.Column));
        Assert.Equal(new[] { "ID", "OWNER", "TAGS", "CURRENCY", "TITLE", "STAGES", "UF_TEST_..." }, type.Fields.Select(field => field.Name));
        var owner = type.Fields[1];
        Assert.Equal(("test.owner", (string?)null, true), (owner.Ref, owner.Map, owner.Required));
        Assert.Equal((12, 10), (owner.RefPosition.Line, owner.RefPosition.Column));
        Assert.Equal(("test.tag", "tag[]"), (type.Fields[2].Ref, type.Fields[2].Type));
        var stages = type.Fields[5];
        Assert.Equal(("object", (string?)null), (stages.Map, stages.Ref));
        Assert.Equal("NAME", stages.Fields.Single().Name);
    }

    [Fact]
    public void Writes_the_keys_in_canonical_order_whatever_the_file_had()
    {
        const string shuffled = "fields:\n  - {required: true, ref: test.owner, type: object, name: OWNER}\nsource: p.md#a\nobject: test.item\n";

        var yaml = SpecWriter.Write(SpecReader.Read(shuffled).Object!);

        Assert.Equal("object: test.item\nsource: p.md#a\nfields:\n  - name: OWNER\n    type: object\n    ref: test.owner\n    required: true\n", yaml);
    }

    [Fact]
    public void Ref_position_takes_no_part_in_equality()
    {
        var read = SpecReader.Read("# moved down by a comment\n" + Item).Object!;

        Assert.Equal(13, read.Fields[1].RefPosition.Line);
        Assert.Equal(SpecReader.Read(Item).Object, read);
    }

    [Theory]
    [InlineData("method: crm.deal.get\nobject: crm.deal\nfields:\n  - {name: ID, type: integer}\n", 2, 1)]
    [InlineData("object: crm.deal\nmethod: crm.deal.get\n", 1, 1)]
    public void Object_and_method_keys_together_is_a_problem(string yaml, int line, int column)
    {
        var result = SpecReader.Read(yaml);

        Assert.Null(result.Spec);
        Assert.Null(result.Object);
        var problem = Assert.Single(result.Problems);
        Assert.Equal((SpecProblemKind.InvalidValue, line, column), (problem.Kind, problem.Line, problem.Column));
        Assert.Contains("not both", problem.Message);
    }

    [Theory]
    [InlineData("title: Deal\nfields: []\n")]
    [InlineData("")]
    [InlineData("- a list\n")]
    public void A_file_with_neither_key_names_both(string yaml)
    {
        var result = SpecReader.Read(yaml);

        Assert.Null(result.Spec);
        Assert.Null(result.Object);
        var problem = Assert.Single(result.Problems, problem => problem.Kind == SpecProblemKind.MissingKey);
        Assert.Equal((1, 1), (problem.Line, problem.Column));
        Assert.Contains("'method:'", problem.Message);
        Assert.Contains("'object:'", problem.Message);
    }

    [Theory]
    [InlineData("Crm.Deal")]
    [InlineData("crm..deal")]
    [InlineData("1crm.deal")]
    [InlineData("crm.1deal")]
    [InlineData("crm.deal-item")]
    [InlineData("crm._deal")]
    [InlineData("\"crm.deal\\n\"")]
    public void A_type_id_that_is_not_dotted_lower_case_is_a_problem_at_the_id(string id)
    {
        var result = SpecReader.Read($"object: {id}\nfields:\n  - {{name: ID, type: integer}}\n");

        Assert.Null(result.Object);
        var problem = Assert.Single(result.Problems);
        Assert.Equal((SpecProblemKind.InvalidMethodName, 1, 9), (problem.Kind, problem.Line, problem.Column));
        Assert.Contains("is not a type id", problem.Message);
    }

    [Theory]
    [InlineData("object: v3.tasks.task\n")]
    [InlineData("object: common.uf_enum_element2\n")]
    public void Dotted_lower_case_ids_with_digits_and_underscores_are_type_ids(string head)
    {
        var result = SpecReader.Read(head + "fields:\n  - {name: ID, type: integer}\n");

        Assert.Empty(result.Problems);
        Assert.NotNull(result.Object);
    }

    [Fact]
    public void Method_keys_in_a_type_file_warn_and_keep_the_type()
    {
        var result = SpecReader.Read("object: test.item\nscope: test\nfields:\n  - {name: ID, type: integer}\n");

        Assert.NotNull(result.Object);
        var problem = Assert.Single(result.Problems);
        Assert.Equal((SpecProblemKind.UnknownKey, 2, 1), (problem.Kind, problem.Line, problem.Column));
        Assert.Contains("known keys: object, title, summary, source, fields", problem.Message);
    }
}
