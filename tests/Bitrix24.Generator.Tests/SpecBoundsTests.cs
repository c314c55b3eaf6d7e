using System;
using System.IO;
using System.Linq;
using System.Text;
using Bitrix24.Specs.Reading;
using Bitrix24.Tests.Shared;
using Microsoft.CodeAnalysis;

namespace Bitrix24.Generator.Tests;

/// <summary>
/// Specs that once crashed the compiler or made it write hundreds of megabytes, through the generator driver: each is
/// exactly its BX diagnostic at the spec's line and column, the generator throws nothing and writes next to nothing.
/// A regression of the self-referencing cases overflows the stack, which kills the test host: the run fails, it cannot hang.
/// </summary>
public sealed class SpecBoundsTests
{
    // The facade alone, with no method in it.
    private const int NothingGenerated = 4_000;

    private static readonly string HostileSpecs = Path.Combine(RepositoryPaths.Root, "tests", "Bitrix24.Generator.Tests", "HostileSpecs");

    [Theory]
    [InlineData("method: a.b\n&a [*a]: 1\n", "BX0016", 2, 5)]                  // the 36-byte crash
    [InlineData("method: a.b\n? &a [x, *a]\n: 1\n", "BX0016", 2, 10)]
    [InlineData("method: a.b\n&a [&b [*a]]: 1\n", "BX0016", 2, 9)]
    [InlineData("method: &m [*m]\n", "BX0016", 1, 13)]
    [InlineData("method: a.b\nparams: &p\n  - name: a\n    type: object\n    fields: *p\n", "BX0016", 5, 13)]
    [InlineData("method: \"a.b\\n\"\n", "BX0004", 1, 9)]
    [InlineData("method: a.b.c.d.e.f.g.h.i.j.k.l.m\n", "BX0015", 1, 9)]
    public void Hostile_spec_is_exactly_one_diagnostic_and_no_output(string yaml, string id, int line, int column)
        => AssertRejected(yaml, id, line, column);

    [Fact]
    public void Billion_laughs_are_one_diagnostic_at_the_alias_that_crosses_the_limit()
    {
        var yaml = new StringBuilder("method: a.b\na: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var level = 'b'; level <= 'i'; level++)
        {
            yaml.Append(level).Append(": &").Append(level).Append(" [").Append(string.Join(", ", Enumerable.Repeat("*" + (char)(level - 1), 9))).Append("]\n");
        }

        AssertRejected(yaml.ToString(), "BX0015", 7, 20);
    }

    [Fact]
    public void A_long_description_reused_by_many_parameters_is_one_diagnostic_not_hundreds_of_megabytes()
    {
        // Once: 115 KB of spec, 200 MB of generated source.
        var yaml = new StringBuilder("method: a.b\ntitle: &d ").Append('x', 100_000).Append("\nparams:\n");
        for (var i = 0; i < 2_000; i++)
        {
            yaml.Append("  - { name: p").Append(i).Append(", type: string, description: *d }\n");
        }

        AssertRejected(yaml.ToString(), "BX0015", 14, 45);
    }

    [Fact]
    public void A_spec_over_one_mebibyte_is_one_diagnostic_where_the_limit_is_crossed()
    {
        var yaml = new StringBuilder("method: a.b\nparams:\n");
        for (var i = 0; yaml.Length <= SpecLimits.MaxFileLength; i++)
        {
            yaml.Append("  - { name: p").Append(i).Append(", type: string, description: ").Append('d', 200).Append(" }\n");
        }

        var text = yaml.ToString();
        var line = text.Take(SpecLimits.MaxFileLength).Count(c => c == '\n') + 1;
        var column = SpecLimits.MaxFileLength - text.LastIndexOf('\n', SpecLimits.MaxFileLength - 1);
        AssertRejected(text, "BX0015", line, column);
    }

    [Fact]
    public void A_method_name_of_ten_thousand_segments_is_one_diagnostic_not_a_709_megabyte_facade()
        => AssertRejected("method: " + string.Join(".", Enumerable.Repeat("a", 10_000)) + "\n", "BX0015", 1, 9);

    [Theory]
    [InlineData("method: test.SEGMENT\n", 1, 9)]
    [InlineData("method: a.b\nparams:\n  - name: SEGMENT\n    type: string\n", 3, 11)]
    [InlineData("method: a.b\nresult:\n  type: object\n  fields:\n    - { name: SEGMENT, type: string }\n", 5, 15)]
    [InlineData("method: a.b\nerrors:\n  - { code: SEGMENT, message: m }\n", 3, 13)]
    public void A_thousand_character_name_is_one_diagnostic_not_CS7013(string yaml, int line, int column)
        => AssertRejected(yaml.Replace("SEGMENT", new string('s', 1_000)), "BX0015", line, column);

    [Fact]
    public void Names_at_the_limits_compile()
    {
        var result = GeneratorHarness.Run([Hostile("bounds-at-limits.yaml")]);

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.Errors);
        Assert.Contains(result.Sources, source => source.SourceText.ToString().Contains(new string('f', 127), StringComparison.Ordinal));
    }

    [Fact]
    public void Each_bounds_spec_of_the_real_build_folder_gives_exactly_its_expected_ids_in_process()
    {
        var files = Directory.GetFiles(HostileSpecs, "bounds-*.yaml");

        Assert.True(files.Length >= 10, $"expected the bounds-*.yaml specs in {HostileSpecs}");
        foreach (var file in files)
        {
            var spec = Hostile(Path.GetFileName(file));
            var expected = spec.Text.Split('\n')[0].Replace("# expect:", string.Empty, StringComparison.Ordinal).Trim();
            var result = GeneratorHarness.Run([spec]);

            var ids = result.GeneratorDiagnostics.Select(d => d.Id).Distinct().Order(StringComparer.Ordinal);
            Assert.Equal(expected == "none" ? string.Empty : expected, string.Join(",", ids));
            Assert.Empty(result.Errors);
        }
    }

    private static SpecText Hostile(string name) => new(Path.Combine(HostileSpecs, name), File.ReadAllText(Path.Combine(HostileSpecs, name)));

    private static void AssertRejected(string yaml, string id, int line, int column)
    {
        var result = GeneratorHarness.Run([new SpecText("/specs/bad.yaml", yaml)]);

        Assert.All(result.Run.Results, run => Assert.Null(run.Exception));
        var diagnostic = Assert.Single(result.GeneratorDiagnostics);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal((id, DiagnosticSeverity.Error, "/specs/bad.yaml", line, column), (diagnostic.Id, diagnostic.Severity, span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
        Assert.True(diagnostic.GetMessage().Length < 300, diagnostic.GetMessage());
        Assert.InRange(result.Sources.Sum(source => source.SourceText.Length), 0, NothingGenerated);
        Assert.Empty(result.Errors);
    }
}
