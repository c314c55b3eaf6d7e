using System.IO;
using Bitrix24.SpecTool.Commands;

namespace Bitrix24.SpecTool.Tests;

/// <summary>The commands and their documented exit codes, on a documentation folder the test writes.</summary>
public sealed class CliTests
{
    private const string Page = "# Get an item test.item.get\n\n> Scope: [`test`](x.md)\n\n## Method Parameters\n\n#|\n|| **Name**\n`type` | **Description** ||\n|| **id***\n[`integer`](x.md) | Id ||\n|#\n";

    [Fact]
    public void Extract_then_check_is_clean_and_a_hand_edit_is_drift()
    {
        using var docs = new SyntheticDocs();
        docs.Write("api-reference/test/test-item-get.md", Page);
        var specs = Path.Combine(docs.Root, "specs");
        var pages = Path.Combine(docs.Root, "api-reference");

        Assert.Equal(ExitCodes.Success, Run("extract", pages, "--out", specs));
        var file = Path.Combine(specs, "test", "test.item.get.yaml");
        Assert.Contains("name: id", File.ReadAllText(file));
        Assert.Equal(ExitCodes.Success, Run("check", "--docs", pages, "--specs", specs));

        File.WriteAllText(file, File.ReadAllText(file).Replace("required: true", "required: false", System.StringComparison.Ordinal));
        Assert.Equal(ExitCodes.Drift, Run("check", "--docs", pages, "--specs", specs));
    }

    [Fact]
    public void Overrides_replace_the_keys_they_have()
    {
        using var docs = new SyntheticDocs();
        docs.Write("api-reference/test/test-item-get.md", Page);
        var specs = Path.Combine(docs.Root, "specs");
        docs.Write("specs/_overrides/test.item.get.yaml", "method: test.item.get\nkind: write\nerrors:\n  - {code: CUSTOM, message: Added by hand}\n");

        Assert.Equal(ExitCodes.Success, Run("extract", Path.Combine(docs.Root, "api-reference"), "--out", specs));

        var text = File.ReadAllText(Path.Combine(specs, "test", "test.item.get.yaml"));
        Assert.Contains("kind: write", text);
        Assert.Contains("code: CUSTOM", text);
        Assert.Contains("name: id", text);
    }

    [Theory]
    [InlineData("method: test.item.get\n&a [*a]: 1\n", "(2,5)")]
    [InlineData("method: test.item.get\na: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n", "(7,")]
    [InlineData("method: test.item.get.a.b.c.d.e.f.g.h.i.j\n", "(1,9)")]
    [InlineData("object: Test.Item\nfields:\n  - {name: ID, type: integer, required: false}\n", "(1,9)")]
    public void A_hostile_override_is_exit_code_2_with_its_position_not_a_crash(string yaml, string position)
    {
        using var docs = new SyntheticDocs();
        docs.Write("api-reference/test/test-item-get.md", Page);
        var file = docs.Write("specs/_overrides/test.item.get.yaml", yaml);
        var error = new StringWriter();
        var original = System.Console.Error;
        System.Console.SetError(error);
        try
        {
            Assert.Equal(ExitCodes.Usage, Run("extract", Path.Combine(docs.Root, "api-reference"), "--out", Path.Combine(docs.Root, "specs")));
        }
        finally
        {
            System.Console.SetError(original);
        }

        Assert.Contains(file + position, error.ToString(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Coverage_and_compare_write_their_reports()
    {
        using var docs = new SyntheticDocs();
        docs.Write("en/api-reference/test/test-item-get.md", Page);
        docs.Write("ru/api-reference/test/test-item-get.md", Page.Replace("**id***", "**id**", System.StringComparison.Ordinal));
        var reports = Path.Combine(docs.Root, "reports");

        Assert.Equal(ExitCodes.Success, Run("coverage", "--docs", Path.Combine(docs.Root, "en", "api-reference"), "--out", reports));
        Assert.Equal(ExitCodes.Success, Run("compare", "--en", Path.Combine(docs.Root, "en", "api-reference"), "--ru", Path.Combine(docs.Root, "ru", "api-reference"), "--out", Path.Combine(reports, "compare.md")));

        Assert.Contains("| test | 1 |", File.ReadAllText(Path.Combine(reports, "coverage.md")));
        Assert.Contains("<table>", File.ReadAllText(Path.Combine(reports, "coverage.html")));
        Assert.Contains("required differs: id", File.ReadAllText(Path.Combine(reports, "compare.md")));
    }

    [Theory]
    [InlineData("extract", "/no/such/folder")]
    [InlineData("check", "--docs", "/no/such/folder")]
    [InlineData("frobnicate")]
    public void Bad_arguments_are_exit_code_2(params string[] args)
    {
        Assert.Equal(ExitCodes.Usage, Run(args));
    }

    private static int Run(params string[] args) => Cli.Run(args);
}
