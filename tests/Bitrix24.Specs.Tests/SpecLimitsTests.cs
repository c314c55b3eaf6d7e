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
    public void A_spec_that_contains_itself_is_one_problem_at_the_alias(string yaml, int line, int column)
    {
        var result = SpecReader.Read(yaml);

        Assert.Null(result.Spec);
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

    [Fact]
    public void Billion_laughs_stop_at_the_alias_that_crosses_the_expansion_limit()
    {
        var yaml = new StringBuilder("method: a.b\na: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
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

    [Fact]
    public void A_long_value_reused_through_aliases_stops_at_the_limit()
    {
        var yaml = new StringBuilder("method: a.b\ntitle: &d ").Append('x', 100_000).Append("\nparams:\n");
        for (var i = 0; i < 20; i++)
        {
            yaml.Append("  - { name: p").Append(i).Append(", type: string, description: *d }\n");
        }

        var result = SpecReader.Read(yaml.ToString());

        // Each alias adds 100,001: the eleventh crosses 1,048,576.
        AssertLimit(result, 14, 45);
    }

    [Fact]
    public void A_spec_over_the_file_limit_is_one_problem_where_the_limit_is_crossed()
    {
        var line = "# " + new string('x', 1021) + "\n"; // 1,024 characters
        var yaml = "method: a.b\n" + string.Concat(Enumerable.Repeat(line, 1024));

        var result = SpecReader.Read(yaml);

        // 12 characters of line 1, then 1,023 full lines: the limit falls 1,012 characters into line 1,025.
        AssertLimit(result, 1025, 1013);
    }

    [Fact]
    public void A_spec_at_the_file_limit_is_read()
    {
        var yaml = "method: a.b\n#" + new string('x', SpecLimits.MaxFileLength - 14) + "\n";

        var result = SpecReader.Read(yaml);

        Assert.Equal(SpecLimits.MaxFileLength, yaml.Length);
        Assert.Empty(result.Problems);
        Assert.NotNull(result.Spec);
    }

    [Fact]
    public void Lists_nested_past_the_yaml_depth_limit_stop_at_the_first_level_too_deep()
    {
        var result = SpecReader.Read("method: a.b\nx: " + new string('[', 100_000) + new string(']', 100_000) + "\n");

        // The root mapping is level 1: the 64th bracket opens level 65.
        AssertLimit(result, 2, 3 + SpecLimits.MaxYamlDepth);
    }

    [Fact]
    public void More_entries_than_the_limit_is_one_problem_at_the_first_entry_too_many()
    {
        var yaml = new StringBuilder("method: a.b\nerrors:\n");
        for (var i = 0; i <= SpecLimits.MaxEntries; i++)
        {
            yaml.Append("  - {code: E").Append(i).Append("}\n");
        }

        AssertLimit(SpecReader.Read(yaml.ToString()), 3 + SpecLimits.MaxEntries, 5);
    }

    [Theory]
    [InlineData(10_000, 1)]  // a 10,000-segment method name
    [InlineData(13, 1)]
    [InlineData(1, 1_000)]   // a 1,000-character segment
    [InlineData(1, 129)]
    [InlineData(2, 128)]     // each segment fits, the name (257 characters) does not
    public void Method_names_past_the_segment_or_length_limits_are_one_problem_at_the_name(int segments, int segmentLength)
    {
        var name = string.Join(".", Enumerable.Repeat(new string('a', segmentLength), segments));

        AssertLimit(SpecReader.Read($"method: {name}\n"), 1, 9);
    }

    [Fact]
    public void Method_names_at_the_limits_are_read()
    {
        var name = string.Join(".", Enumerable.Repeat("a", SpecLimits.MaxMethodSegments - 1).Append(new string('b', SpecLimits.MaxNameLength)));

        var result = SpecReader.Read($"method: {name}\n");

        Assert.Empty(result.Problems);
        Assert.Equal(name, result.Spec!.Method);
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
    public void Names_codes_and_values_past_their_limit_are_one_problem_at_the_name(string yaml, int line, int column)
    {
        var max = yaml.Contains("name: NAME") ? SpecLimits.MaxNameLength : SpecLimits.MaxValueLength;
        var spec = "method: a.b\n" + yaml;

        Assert.Empty(SpecReader.Read(spec.Replace("NAME", new string('n', max)).Replace("CODE", new string('c', max))).Problems);
        AssertLimit(SpecReader.Read(spec.Replace("NAME", new string('n', max + 1)).Replace("CODE", new string('c', max + 1))), line, column);
    }

    private static void AssertLimit(SpecReadResult result, int line, int column)
    {
        Assert.Null(result.Spec);
        var problem = Assert.Single(result.Problems);
        Assert.Equal((SpecProblemKind.LimitExceeded, line, column), (problem.Kind, problem.Line, problem.Column));
        Assert.True(problem.Message.Length < 300, problem.Message);
    }
}
