using System.Linq;

namespace Bitrix24.SpecTool.Tests;

/// <summary>Which pages are methods, and the page-level facts: REST version, deprecation, includes.</summary>
public sealed class PageRuleTests
{
    private const string Body = "\n\n## Method Parameters\n\nNo parameters.\n";

    [Theory]
    [InlineData("# Get a deal crm.deal.get", "crm.deal.get")]
    [InlineData("# Get Basket Item Fields (sale.basketitem.getFields)", "sale.basketitem.getFields")]
    [InlineData("# Register a bot imbot.v2.Bot.register", "imbot.v2.Bot.register")]
    [InlineData("# Get task v 3.0 tasks.task.get", "tasks.task.get")]
    [InlineData("# Список методов methods", "methods")]
    public void The_method_is_the_titles_last_token(string title, string method)
    {
        using var docs = new SyntheticDocs();

        Assert.Equal(method, docs.Spec(title + Body).Method);
    }

    [Theory]
    [InlineData("# Event on deal creation onCrmDealAdd", "the title names no method")]
    [InlineData("# Product added CATALOG.PRODUCT.ON.ADD", "the title names no method")]
    [InlineData("# Open the placement BX24.placement.call", "the title names no method")]
    [InlineData("# Chat bots changelog imbot.v2", "the title names no method")]
    [InlineData("# Deal fields crm.deal.fields\n\nJust prose.", "no parameters, result or errors section")]
    public void Other_pages_are_skipped_with_a_reason(string page, string reason)
    {
        using var docs = new SyntheticDocs();

        var result = docs.Extract("api-reference/test/page.md", page + (page.Contains("prose") ? string.Empty : Body));

        Assert.Null(result.Spec);
        Assert.Equal(reason, result.SkipReason);
    }

    [Fact]
    public void A_title_that_does_not_end_with_the_name_falls_back_to_the_called_method()
    {
        using var docs = new SyntheticDocs();

        var spec = docs.Spec("# Remove the ai.engine.unregister Service\n\n## Method Parameters\n\nNo parameters.\n\n## Code Examples\n\n```bash\ncurl https://x/rest/1/y/ai.engine.unregister\n```\n");

        Assert.Equal("ai.engine.unregister", spec.Method);
    }

    [Theory]
    [InlineData("{% note warning \"DEPRECATED\" %}\n\nThe development of this method has been halted. Please use [crm.item.get](x.md).\n\n{% endnote %}", true, "crm.item.get")]
    [InlineData("{% note warning \"\" %}\n\nDevelopment of this method has been halted. Use [crm.item.list](x.md).\n\n{% endnote %}", true, "crm.item.list")]
    [InlineData("{% note warning \"Deprecated method\" %}\n\nNo longer supported.\n\n{% endnote %}", true, null)]
    [InlineData("{% note info \"\" %}\n\nSee also crm.item.get.\n\n{% endnote %}", false, null)]
    public void Deprecation_and_replacement(string note, bool deprecated, string? replacement)
    {
        using var docs = new SyntheticDocs();

        var spec = docs.Spec("# Get a deal crm.deal.get\n\n" + note + Body);

        Assert.Equal((deprecated, replacement), (spec.Deprecated, spec.Replacement));
    }

    [Fact]
    public void The_result_type_and_its_fields()
    {
        using var docs = new SyntheticDocs();

        var spec = docs.Spec("""
            # Get an item test.item.get

            ## Method Parameters

            No parameters.

            ## Response Handling

            ### Returned Data

            #|
            || **Name**
            `type` | **Description** ||
            || **result**
            [`object`](x.md) | The item ||
            || **time**
            [`time`](x.md) | Timing ||
            |#

            #### Object result {#result}

            #|
            || **Name**
            `type` | **Description** ||
            || **ID**
            [`integer`](x.md) | Id ||
            || **PHONES**
            [`object[]`](x.md) | Phones ||
            |#

            #### PHONES Object

            #|
            || **Name**
            `type` | **Description** ||
            || **VALUE**
            [`string`](x.md) | Number ||
            |#
            """);

        Assert.Equal(("object", "The item"), (spec.Result!.Type, spec.Result.Description));
        Assert.Equal(["ID", "PHONES"], spec.Result.Fields.Select(field => field.Name));
        Assert.Equal("VALUE", spec.Result.Fields[1].Items.Single().Name);
    }

    [Fact]
    public void Includes_resolve_relative_to_the_including_file_and_report_missing_files_and_cycles()
    {
        using var docs = new SyntheticDocs();
        docs.Write("api-reference/test/_includes/params.md", "#|\n|| **Name**\n`type` | **Description** ||\n|| **id***\n[`integer`](x.md) | Id ||\n|#\n{% include [again](../page.md) %}");
        var result = docs.Extract("api-reference/test/page.md", "# Get test.item.get\n\n## Method Parameters\n\n{% include [params](_includes/params.md) %}\n{% include [gone](_includes/missing.md) %}\n");

        Assert.Equal("id", result.Spec!.Params.Single().Name);
        Assert.Contains(result.Warnings, w => w.Message.Contains("does not exist", System.StringComparison.Ordinal) && w.Line == 6);
        Assert.Contains(result.Warnings, w => w.Message.Contains("include cycle", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Includes_never_leave_the_documentation_root()
    {
        using var docs = new SyntheticDocs();

        var result = docs.Extract("api-reference/test/page.md", "# Get test.item.get\n\n## Method Parameters\n\n{% include [x](../../../../../../etc/hostname) %}\n");

        Assert.Contains(result.Warnings, w => w.Message.Contains("outside the documentation root", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_page_that_cannot_be_read_is_a_warning_not_an_exception()
    {
        using var docs = new SyntheticDocs();
        var extractor = docs.Extractor();

        var result = extractor.Extract(System.IO.Path.Combine(docs.Root, "api-reference", "nowhere.md"));

        Assert.Null(result.Spec);
        Assert.Contains("cannot read", Assert.Single(result.Warnings).Message, System.StringComparison.Ordinal);
    }
}
