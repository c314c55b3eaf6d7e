using System.Linq;
using System.Text;
using Bitrix24.Specs.Reading;

namespace Bitrix24.Specs.Tests;

/// <summary>
/// Hostile specs that once crashed the compiler or blew its memory up: each is one problem at its line and column.
/// A regression of the self-referencing cases overflows the stack, which kills the test host: the run fails, it cannot hang.
/// </summary>
public sealed class SpecLimitsTests
{
    // Every limit holds for both kinds of spec file: a method spec and a type file.
    public static TheoryData<string> Kinds => new() { "method", "object" };

    [Theory]
    [InlineData("method: a.b\n&a [*a]: 1\n", 2, 5)]                    // the 36-byte crash: a key that contains itself
    [InlineData("&a [*a]: 1\n", 1, 5)]
    [InlineData("method: a.b\n? &a [x, *a]\n: 1\n", 2, 10)]             // explicit key
    [InlineData("method: a.b\n&a {*a : 1}: 1\n", 2, 5)]                 // the alias is itself a key inside the key
    [InlineData("method: a.b\n&a [&b [*a]]: 1\n", 2, 9)]                // mutual: the inner node names the outer one
    [InlineData("method: a.b\nx: &b [&a [*b]]\n", 2, 12)]
    [InlineData("method: &m [*m]\n", 1, 13)]                           // a value that contains itself
    [InlineData("&r {method: a.b, self: *r}\n", 1, 24)]                // the whole document
    [InlineData("method: a.b\nparams: &p\n  - name: a\n    type: object\n    fields: *p\n", 5, 13)]
    [InlineData("method: a.b\nx: &a [1]\ny: &a [*a]\n", 3, 8)]          // the newest node of a name counts, even while open
    [InlineData("object: &m [*m]\n", 1, 13)]                           // a type file's id
    [InlineData("object: a.b\nfields: &p\n  - name: a\n    type: object\n    fields: *p\n", 5, 13)]
    [InlineData("object: a.b\nfields:\n  - &f {name: a, type: object, fields: [*f]}\n", 3, 41)]
    public void A_spec_that_contains_itself_is_one_problem_at_the_alias(string yaml, int line, int column)
    {
        var result = SpecReader.Read(yaml);

        Assert.Null(result.Spec);
        Assert.Null(result.Object);
        var problem = Assert.Single(result.Problems);
        Assert.Equal((SpecProblemKind.RecursiveAlias, line, column), (problem.Kind, problem.Line, problem.Column));
    }

    [Fact]
    public void An_alias_to_a_finished_node_of_a_reused_name_is_not_recursive()
    {
        var result = SpecReader.Read("method: a.b\nparams: &a\n  - name: &a n\n    type: string\n    description: *a\ntitle: &t Shared\nsummary: *t\n");

        Assert.Empty(result.Problems);
        Assert.Equal("n", result.Spec!.Params.Single().Description);
        Assert.Equal("Shared", result.Spec.Summary);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Billion_laughs_stop_at_the_alias_that_crosses_the_expansion_limit(string kind)
    {
        var yaml = new StringBuilder(kind).Append(": a.b\na: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var level = 'b'; level <= 'i'; level++)
        {
            var previous = (char)(level - 1);
            yaml.Append(level).Append(": &").Append(level).Append(" [")
                .Append(string.Join(", ", Enumerable.Repeat("*" + previous, 9))).Append("]\n");
        }

        var result = SpecReader.Read(yaml.ToString());

        // Sizes (characters + nodes): a 37, b 334, c 3,007, d 27,064, e 243,577; the fourth *e on line f crosses 1 MiB.
        AssertLimit(result, 7, 20);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_long_value_reused_through_aliases_stops_at_the_limit(string kind)
    {
        var yaml = new StringBuilder(kind).Append(": a.b\ntitle: &d ").Append('x', 100_000).Append('\n').Append(ListKey(kind)).Append(":\n");
        for (var i = 0; i < 20; i++)
        {
            yaml.Append("  - { name: p").Append(i).Append(", type: string, description: *d }\n");
        }

        var result = SpecReader.Read(yaml.ToString());

        // Each alias adds 100,001: the eleventh crosses 1,048,576.
        AssertLimit(result, 14, 45);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_spec_over_the_file_limit_is_one_problem_where_the_limit_is_crossed(string kind)
    {
        var line = "# " + new string('x', 1021) + "\n"; // 1,024 characters
        var yaml = kind + ": a.b\n" + string.Concat(Enumerable.Repeat(line, 1024));

        var result = SpecReader.Read(yaml);

        // 12 characters of line 1, then 1,023 full lines: the limit falls 1,012 characters into line 1,025.
        AssertLimit(result, 1025, 1013);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_spec_at_the_file_limit_is_read(string kind)
    {
        var head = $"{kind}: a.b\n{ListKey(kind)}:\n  - {{name: a, type: string}}\n#";
        var yaml = head + new string('x', SpecLimits.MaxFileLength - head.Length - 1) + "\n";

        var result = SpecReader.Read(yaml);

        Assert.Equal(SpecLimits.MaxFileLength, yaml.Length);
        Assert.Empty(result.Problems);
        Assert.True(result.Spec is not null || result.Object is not null);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Lists_nested_past_the_yaml_depth_limit_stop_at_the_first_level_too_deep(string kind)
    {
        var result = SpecReader.Read(kind + ": a.b\nx: " + new string('[', 100_000) + new string(']', 100_000) + "\n");

        // The root mapping is level 1: the 64th bracket opens level 65.
        AssertLimit(result, 2, 3 + SpecLimits.MaxYamlDepth);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void More_entries_than_the_limit_is_one_problem_at_the_first_entry_too_many(string kind)
    {
        var yaml = new StringBuilder(kind).Append(": a.b\n").Append(ListKey(kind)).Append(":\n");
        for (var i = 0; i <= SpecLimits.MaxEntries; i++)
        {
            yaml.Append("  - {name: e").Append(i).Append(", type: string}\n");
        }

        AssertLimit(SpecReader.Read(yaml.ToString()), 3 + SpecLimits.MaxEntries, 5);
    }

    [Theory]
    [InlineData("method", 10_000, 1)]  // a 10,000-segment method name
    [InlineData("method", 13, 1)]
    [InlineData("method", 1, 1_000)]   // a 1,000-character segment
    [InlineData("method", 1, 129)]
    [InlineData("method", 2, 128)]     // each segment fits, the name (257 characters) does not
    [InlineData("object", 10_000, 1)]  // type ids have the method name's limits
    [InlineData("object", 13, 1)]
    [InlineData("object", 1, 129)]
    [InlineData("object", 2, 128)]
    public void Method_names_past_the_segment_or_length_limits_are_one_problem_at_the_name(string kind, int segments, int segmentLength)
    {
        var name = string.Join(".", Enumerable.Repeat(new string('a', segmentLength), segments));

        AssertLimit(SpecReader.Read($"{kind}: {name}\n{ListKey(kind)}:\n  - {{name: a, type: string}}\n"), 1, 9);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Method_names_at_the_limits_are_read(string kind)
    {
        var name = string.Join(".", Enumerable.Repeat("a", SpecLimits.MaxMethodSegments - 1).Append(new string('b', SpecLimits.MaxNameLength)));

        var result = SpecReader.Read($"{kind}: {name}\n{ListKey(kind)}:\n  - {{name: a, type: string}}\n");

        Assert.Empty(result.Problems);
        Assert.Equal(name, result.Spec?.Method ?? result.Object!.Id);
    }

    [Fact]
    public void A_ref_past_the_name_limits_is_one_problem_at_the_ref()
    {
        var id = string.Join(".", Enumerable.Repeat("a", SpecLimits.MaxMethodSegments + 1));

        AssertLimit(SpecReader.Read($"object: a.b\nfields:\n  - {{name: a, type: object, ref: {id}}}\n"), 3, 34);
    }

    [Theory]
    [InlineData("method: \"a.b\\n\"\n")]
    [InlineData("method: |\n  a.b\n")]
    public void A_method_name_with_a_trailing_newline_is_not_a_method_name(string yaml)
    {
        var result = SpecReader.Read(yaml);

        Assert.Null(result.Spec);
        var problem = Assert.Single(result.Problems);
        Assert.Equal((SpecProblemKind.InvalidMethodName, 1, 9), (problem.Kind, problem.Line, problem.Column));
        Assert.Contains("'a.b\\n'", problem.Message);
    }

    [Theory]
    [InlineData("params:\n  - { name: NAME, type: string }\n", 3, 13)]
    [InlineData("result:\n  type: object\n  fields:\n    - { name: NAME, type: string }\n", 5, 15)]
    [InlineData("errors:\n  - { code: CODE }\n", 3, 13)]
    [InlineData("params:\n  - { name: a, type: string, values: [CODE] }\n", 3, 39)]
    [InlineData("params:\n  - { name: a, type: string, values: [{ value: CODE }] }\n", 3, 48)]
    [InlineData("fields:\n  - { name: NAME, type: string }\n", 3, 13, "object")]
    [InlineData("fields:\n  - { name: a, type: string, values: [CODE] }\n", 3, 39, "object")]
    public void Names_codes_and_values_past_their_limit_are_one_problem_at_the_name(string yaml, int line, int column, string kind = "method")
    {
        var max = yaml.Contains("name: NAME") ? SpecLimits.MaxNameLength : SpecLimits.MaxValueLength;
        var spec = kind + ": a.b\n" + yaml;

        Assert.Empty(SpecReader.Read(spec.Replace("NAME", new string('n', max)).Replace("CODE", new string('c', max))).Problems);
        AssertLimit(SpecReader.Read(spec.Replace("NAME", new string('n', max + 1)).Replace("CODE", new string('c', max + 1))), line, column);
    }

    private static string ListKey(string kind) => kind == "method" ? "params" : "fields";

    private static void AssertLimit(SpecReadResult result, int line, int column)
    {
        Assert.Null(result.Spec);
        Assert.Null(result.Object);
        var problem = Assert.Single(result.Problems);
        Assert.Equal((SpecProblemKind.LimitExceeded, line, column), (problem.Kind, problem.Line, problem.Column));
        Assert.True(problem.Message.Length < 300, problem.Message);
    }
}
