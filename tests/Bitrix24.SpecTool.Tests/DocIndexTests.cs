using System.IO;
using System.Threading.Tasks;
using Bitrix24.SpecTool.Documents;

namespace Bitrix24.SpecTool.Tests;

/// <summary>Links between pages the tests write: anchors, slugs, first definitions, and links that must resolve to nothing.</summary>
public sealed class DocIndexTests
{
    private const string GadgetPage = """
        # Get a gadget test.gadget.get

        Intro.

        ## Response Handling

        ### Returned Data

        #|
        || **Name**
        `type` | **Description** ||
        || **result**
        [`gadget`](#gadget) | The gadget ||
        |#

        #### Gadget Type {#gadget}

        #|
        || **Value**
        `type` | **Description** ||
        || **ID**
        [`integer`](../data-types.md) | Id ||
        |#

        ### widget part

        Text.
        """;

    [Theory]
    [InlineData("api-reference/gadgets/gadget-get.md", "#gadget", "api-reference/gadgets/gadget-get.md", "gadget")]
    [InlineData("api-reference/gadgets/gadget-get.md", "#", "api-reference/gadgets/gadget-get.md", null)]
    [InlineData("api-reference/gadgets/gadget-list.md", "./gadget-get.md#gadget", "api-reference/gadgets/gadget-get.md", "gadget")]
    [InlineData("api-reference/gadgets/gadget-list.md", "gadget-get.md#gadget", "api-reference/gadgets/gadget-get.md", "gadget")]
    [InlineData("api-reference/gadgets/gadget-list.md", "../data-types.md", "api-reference/data-types.md", null)]
    [InlineData("api-reference/gadgets/gadget-list.md", "../data-types.md?x=1#kind", "api-reference/data-types.md", "kind")]
    [InlineData("api-reference/gadgets/gadget-list.md", "/api-reference/data-types.html#kind", "api-reference/data-types.md", "kind")]
    [InlineData("api-reference/gadgets/gadget-list.md", "sub/../gadget-get.md#%D0%B0", "api-reference/gadgets/gadget-get.md", "а")]
    public void Links_resolve_from_the_page_they_are_written_on(string from, string href, string page, string? anchor)
        => Assert.Equal(new DocTarget(page, anchor), DocLinks.Resolve(from, href));

    [Theory]
    [InlineData("../../../../etc/passwd#x")]
    [InlineData("../../../outside.md#x")]
    [InlineData("https://example.com/page.md#x")]
    [InlineData("mailto:someone@example.com")]
    [InlineData("..\\..\\x.md")]
    [InlineData("a%00b.md")]
    [InlineData("")]
    [InlineData("../../..")]
    public void Links_that_leave_the_root_or_the_site_resolve_to_nothing(string href)
        => Assert.Null(DocLinks.Resolve("api-reference/gadgets/gadget-list.md", href));

    [Fact]
    public void Finds_sections_by_explicit_anchor_then_by_slug_and_the_first_definition()
    {
        using var docs = new SyntheticDocs();
        docs.Write("api-reference/gadgets/gadget-get.md", GadgetPage);
        var index = new DocIndex(docs.Root);

        Assert.Equal("Gadget Type", index.Find("api-reference/gadgets/gadget-get.md", "gadget")?.Title);
        Assert.Equal("Gadget Type", index.Find("api-reference/gadgets/gadget-get.md", "gadget-type")?.Title);
        Assert.Equal("widget part", index.Find("api-reference/gadgets/gadget-get.md", "widget-part")?.Title);
        Assert.Null(index.Find("api-reference/gadgets/gadget-get.md", "nothing"));
        Assert.Equal("Returned Data", index.FirstDefinition("api-reference/gadgets/gadget-get.md")?.Title);
        Assert.Equal("Gadget Type", index.Follow("api-reference/gadgets/gadget-list.md", "./gadget-get.md#gadget")?.Title);
        Assert.Equal("Returned Data", index.Follow("api-reference/gadgets/gadget-list.md", "gadget-get.md")?.Title);
        Assert.Null(index.Follow("api-reference/gadgets/gadget-list.md", "absent.md#gadget"));
    }

    [Fact]
    public void A_page_whose_only_table_is_a_value_table_has_it_as_first_definition()
    {
        using var docs = new SyntheticDocs();
        docs.Write("api-reference/kinds.md", "# Kinds\n\n## Errors\n\n#|\n|| **Status** | **Code** ||\n|| `400` | `X` ||\n|#\n\n## Kind {#kind}\n\n#|\n|| **Value**\n`type` | **Description** ||\n|| **CODE**\n[`string`](#s) | Code ||\n|#\n");

        Assert.Equal("kind", new DocIndex(docs.Root).FirstDefinition("api-reference/kinds.md")?.Anchor);
        Assert.Null(new DocIndex(docs.Root).FirstDefinition("api-reference/absent.md"));
    }

    [Fact]
    public void Never_reads_outside_the_root_nor_anything_but_markdown_pages()
    {
        using var docs = new SyntheticDocs();
        var outside = Path.Combine(Path.GetDirectoryName(docs.Root)!, Path.GetFileName(docs.Root) + "-outside.md");
        File.WriteAllText(outside, "# Secret {#x}\n");
        try
        {
            docs.Write("api-reference/page.md", "# Page\n\n{% include [x](../../" + Path.GetFileName(outside) + ") %}\n\n{% include [r](../_includes/required.md) %}\n\n## Here {#here}\n");
            docs.Write("api-reference/data.txt", "# Not a page {#x}\n");
            var index = new DocIndex(docs.Root + Path.DirectorySeparatorChar);

            Assert.Null(index.Page("../" + Path.GetFileName(outside)));
            Assert.Null(index.Follow("api-reference/page.md", "../../" + Path.GetFileName(outside) + "#x"));
            Assert.Null(index.Follow("api-reference/page.md", "../../../../etc/passwd#x"));
            Assert.Null(index.Follow("api-reference/page.md", "/etc/passwd#x"));
            Assert.Null(index.Page("api-reference/data.txt"));
            var page = index.Page("api-reference/page.md")!;
            Assert.Null(page.Find("x"));
            Assert.Equal("here", page.Find("here")?.Anchor);
            Assert.Contains(page.Warnings, warning => warning.Message.Contains("outside the documentation root", System.StringComparison.Ordinal));
            Assert.Contains(page.Sections[1].Lines, line => line.Text.StartsWith("Required parameters", System.StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(outside);
        }
    }

    [Fact]
    public void A_cycle_of_includes_is_a_warning_and_the_page_still_resolves()
    {
        using var docs = new SyntheticDocs();
        docs.Write("api-reference/_includes/a.md", "## From a {#from-a}\n\n{% include [b](b.md) %}\n");
        docs.Write("api-reference/_includes/b.md", "## From b\n\n{% include [a](a.md) %}\n");
        docs.Write("api-reference/page.md", "# Page\n\n{% include [a](_includes/a.md) %}\n");

        var page = new DocIndex(docs.Root).Page("api-reference/page.md")!;

        Assert.Equal("From a", page.Find("from-a")?.Title);
        Assert.Equal("From b", page.Find("from-b")?.Title);
        Assert.Contains(page.Warnings, warning => warning.Message.StartsWith("include cycle", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Each_page_is_parsed_once_however_many_threads_ask()
    {
        using var docs = new SyntheticDocs();
        docs.Write("api-reference/gadgets/gadget-get.md", GadgetPage);
        var index = new DocIndex(docs.Root);

        var pages = new DocPage?[64];
        Parallel.For(0, pages.Length, i => pages[i] = index.Page(i % 2 == 0 ? "api-reference/gadgets/gadget-get.md" : "api-reference/gadgets/../gadgets/gadget-get.md"));

        Assert.All(pages, page => Assert.Same(pages[0], page));
        Assert.NotNull(pages[0]);
    }
}
