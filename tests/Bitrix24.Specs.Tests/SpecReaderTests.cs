using System.Linq;
using Bitrix24.Specs.Model;
using Bitrix24.Specs.Reading;

namespace Bitrix24.Specs.Tests;

public sealed class SpecReaderTests
{
    private const string Complete = """
        method: tasks.flow.Flow.create
        rest: 3
        scope: task
        title: Create a flow
        summary: Creates a flow.
        access: any user
        deprecated: { replacement: tasks.flow.Flow.add }
        kind: read
        source: api-reference/tasks/flow/create.md
        params:
          - name: fields
            type: object
            required: true
            description: Flow fields
            fields:
              - name: NAME
                type: string
                required: true
                example: Sales
              - name: PRIORITY
                type: integer
                values:
                  - { value: "1", description: Low }
                  - 2
          - name: items
            type: object[]
            items:
              - name: ID
                type: integer
        result:
          type: object
          description: The flow
          fields:
            - name: id
              type: integer
        list: { rows: result.items, id: id, paging: pagination }
        errors:
          - { code: NOT_FOUND, message: Not found, status: 404 }
          - { code: "100", message: Required fields }
          - { code: "", message: Only a message }
        """;

    [Fact]
    public void Reads_every_key_of_a_complete_spec()
    {
        var result = SpecReader.Read(Complete);

        Assert.Empty(result.Problems);
        var spec = Assert.IsType<MethodSpec>(result.Spec);
        Assert.Equal("tasks.flow.Flow.create", spec.Method);
        Assert.Equal(3, spec.Rest);
        Assert.Equal("task", spec.Scope);
        Assert.Equal("Create a flow", spec.Title);
        Assert.Equal("Creates a flow.", spec.Summary);
        Assert.Equal("any user", spec.Access);
        Assert.True(spec.Deprecated);
        Assert.Equal("tasks.flow.Flow.add", spec.Replacement);
        Assert.Equal(MethodKind.Read, spec.Kind);
        Assert.Equal("api-reference/tasks/flow/create.md", spec.Source);
        Assert.Equal(new[] { "fields", "items" }, spec.Params.Select(p => p.Name));
        var fields = spec.Params[0];
        Assert.True(fields.Required);
        Assert.Equal(new[] { "NAME", "PRIORITY" }, fields.Fields.Select(f => f.Name));
        Assert.Equal("Sales", fields.Fields[0].Example);
        Assert.Equal(new[] { ("1", "Low"), ("2", (string?)null) }, fields.Fields[1].Values.Select(v => (v.Value, v.Description)));
        Assert.Equal("ID", spec.Params[1].Items.Single().Name);
        Assert.Equal("object", spec.Result!.Type);
        Assert.Equal("id", spec.Result.Fields.Single().Name);
        Assert.Equal(new ListSpec("result.items", "id", "pagination"), spec.List);
        Assert.Equal(new[] { ("NOT_FOUND", (int?)404), ("100", null), ("", null) }, spec.Errors.Select(e => (e.Code, e.Status)));
        Assert.Equal(new SpecPosition(1, 9).ToString(), spec.Position.ToString());
        Assert.Equal(11, spec.Params[0].Position.Line);
        Assert.Equal(5, spec.Params[0].Position.Column);
    }

    [Fact]
    public void Defaults_rest_to_2_kind_to_write_and_deprecated_to_false()
    {
        var spec = SpecReader.Read("method: crm.deal.get\n").Spec!;

        Assert.Equal(2, spec.Rest);
        Assert.Equal(MethodKind.Write, spec.Kind);
        Assert.False(spec.Deprecated);
        Assert.Null(spec.Replacement);
        Assert.True(spec.Params.IsEmpty);
    }

    [Fact]
    public void Deprecated_true_without_a_replacement()
    {
        var spec = SpecReader.Read("method: crm.deal.get\ndeprecated: true\n").Spec!;

        Assert.True(spec.Deprecated);
        Assert.Null(spec.Replacement);
    }

    [Theory]
    [InlineData("scope: crm\n", SpecProblemKind.MissingKey, 1, 1)]
    [InlineData("", SpecProblemKind.MissingKey, 1, 1)]
    [InlineData("- just\n- a list\n", SpecProblemKind.MissingKey, 1, 1)]
    [InlineData("method: crm..deal\n", SpecProblemKind.InvalidMethodName, 1, 9)]
    [InlineData("method: 1crm.deal\n", SpecProblemKind.InvalidMethodName, 1, 9)]
    [InlineData("method: crm.deal.get\nrest: 4\n", SpecProblemKind.InvalidValue, 2, 7)]
    [InlineData("method: crm.deal.get\nkind: maybe\n", SpecProblemKind.InvalidValue, 2, 7)]
    [InlineData("method: crm.deal.get\nparams: abc\n", SpecProblemKind.InvalidValue, 2, 9)]
    [InlineData("method: crm.deal.get\ntitle: [a, b]\n", SpecProblemKind.InvalidValue, 2, 8)]
    [InlineData("method: crm.deal.get\nparams:\n  - name: id\n    type: integer\n    required: maybe\n", SpecProblemKind.InvalidValue, 5, 15)]
    [InlineData("method: crm.deal.get\nparams:\n  - name: id\n", SpecProblemKind.MissingKey, 3, 5)]
    [InlineData("method: crm.deal.get\nparams:\n  - type: integer\n", SpecProblemKind.MissingKey, 3, 5)]
    [InlineData("method: crm.deal.get\nparams:\n  - name: id\n    type: integer\n  - name: id\n    type: string\n", SpecProblemKind.DuplicateParameter, 5, 5)]
    [InlineData("method: crm.deal.get\nparams:\n  - name: id\n    type: integer\n    fields:\n      - { name: a, type: string }\n", SpecProblemKind.InvalidNesting, 6, 7)]
    [InlineData("method: crm.deal.get\nparams:\n  - name: id\n    type: string\n    items:\n      - { name: a, type: string }\n", SpecProblemKind.InvalidNesting, 6, 7)]
    [InlineData("method: crm.deal.get\nerrors:\n  - { status: 400 }\n", SpecProblemKind.MissingKey, 3, 5)]
    [InlineData("method: crm.deal.get\nerrors:\n  - { code: X, status: teapot }\n", SpecProblemKind.InvalidValue, 3, 24)]
    [InlineData("method: crm.deal.get\nresult:\n  description: no type\n", SpecProblemKind.MissingKey, 3, 3)]
    [InlineData("method: crm.deal.get\nlist: { paging: cursor }\n", SpecProblemKind.InvalidValue, 2, 17)]
    [InlineData("method: crm.deal.get\ntitle: \"unclosed\n", SpecProblemKind.YamlSyntax, 2, 8)]
    [InlineData("method: crm.deal.get\nparams:\n\t- name: id\n", SpecProblemKind.YamlSyntax, 3, 1)]
    [InlineData("object: test.item\n", SpecProblemKind.MissingKey, 1, 1)]
    [InlineData("object: test.item\nfields:\n", SpecProblemKind.MissingKey, 2, 8)]
    [InlineData("object: test.item\nfields: []\n", SpecProblemKind.MissingKey, 2, 9)]
    [InlineData("object:\nfields:\n  - {name: ID, type: integer}\n", SpecProblemKind.MissingKey, 1, 8)]
    [InlineData("object: test.item\nfields: abc\n", SpecProblemKind.InvalidValue, 2, 9)]
    [InlineData("object: test.item\nfields:\n  - {name: ID, type: integer}\n  - {name: ID, type: string}\n", SpecProblemKind.DuplicateParameter, 4, 5)]
    [InlineData("object: test.item\ntitle: [a]\nfields:\n  - {name: ID, type: integer}\n", SpecProblemKind.InvalidValue, 2, 8)]
    public void Reports_errors_at_their_line_and_column(string yaml, SpecProblemKind kind, int line, int column)
    {
        var result = SpecReader.Read(yaml);

        Assert.Null(result.Spec);
        Assert.Null(result.Object);
        var problem = Assert.Single(result.Problems, p => !p.IsWarning);
        Assert.Equal((kind, line, column), (problem.Kind, problem.Line, problem.Column));
    }

    [Fact]
    public void Unknown_keys_warn_and_keep_the_spec()
    {
        var result = SpecReader.Read("method: crm.deal.get\nsumary: typo\nparams:\n  - name: id\n    type: integer\n    requried: true\n");

        Assert.NotNull(result.Spec);
        Assert.Equal(
            new[] { (SpecProblemKind.UnknownKey, 2, 1), (SpecProblemKind.UnknownKey, 6, 5) },
            result.Problems.Select(p => (p.Kind, p.Line, p.Column)));
        Assert.All(result.Problems, p => Assert.True(p.IsWarning));
        Assert.Contains("sumary", result.Problems[0].Message);
    }

    [Fact]
    public void Unknown_type_tokens_warn_at_the_type()
    {
        var result = SpecReader.Read("method: crm.deal.get\nparams:\n  - name: id\n    type: wib-ble\n");

        Assert.NotNull(result.Spec);
        var problem = Assert.Single(result.Problems);
        Assert.Equal((SpecProblemKind.UnknownType, 4, 11), (problem.Kind, problem.Line, problem.Column));
    }

    [Fact]
    public void Duplicate_yaml_keys_are_a_syntax_error_not_an_exception()
    {
        var result = SpecReader.Read("method: crm.deal.get\nmethod: crm.deal.list\n");

        Assert.Null(result.Spec);
        Assert.Equal(SpecProblemKind.YamlSyntax, Assert.Single(result.Problems).Kind);
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_rejected_without_recursing_on()
    {
        var yaml = "method: crm.deal.get\nparams:\n" + Nested(SpecLimits.MaxFieldDepth + 5, indent: 2);

        var result = SpecReader.Read(yaml);

        Assert.Null(result.Spec);
        Assert.Contains(result.Problems, p => p.Kind == SpecProblemKind.InvalidNesting);
    }

    [Fact]
    public void Self_referencing_aliases_end_in_a_problem_not_a_stack_overflow()
    {
        const string yaml = "method: crm.deal.get\nparams: &p\n  - name: a\n    type: object\n    fields: *p\n";

        var result = SpecReader.Read(yaml);

        Assert.Null(result.Spec);
        Assert.NotEmpty(result.Problems);
    }

    [Fact]
    public void Quoted_empty_code_is_kept_and_numeric_codes_stay_strings()
    {
        var spec = SpecReader.Read("method: a.b\nerrors:\n  - { code: \"\", message: m }\n  - { code: 100, message: n }\n").Spec!;

        Assert.Equal(new[] { "", "100" }, spec.Errors.Select(e => e.Code));
    }

    private static string Nested(int depth, int indent)
    {
        var pad = new string(' ', indent);
        var text = $"{pad}- name: f{depth}\n{pad}  type: object\n";
        return depth == 0 ? text : text + $"{pad}  fields:\n" + Nested(depth - 1, indent + 4);
    }
}
