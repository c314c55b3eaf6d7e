using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Bitrix24.SpecTool.Documents;
using Bitrix24.Tests.Shared;

namespace Bitrix24.SpecTool.Tests;

/// <summary>
/// The docs' own anchored links, followed through <see cref="DocIndex"/> from every page in parallel: how many land on a
/// heading (measured: EN 4,601 of 4,672 = 98.5 %, the rest links to headings no page has, such as
/// <c>#parametr-fields</c> copied from the Russian pages or <c>#sale_cashbox</c>; RU 4,677 of 4,678, 74 of them by a
/// transliterated Russian slug). Skipped when the docs are absent.
/// </summary>
public sealed partial class DocIndexCorpusTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("en", 4500, 0.98, 0)]
    [InlineData("ru", 4500, 0.995, 70)]
    public void Anchored_links_in_the_corpus_resolve(string language, int minimumLinks, double minimumShare, int minimumTransliterated)
    {
        var root = Path.Combine(RepositoryPaths.RequireShared(), "docs", language);
        var index = new DocIndex(root);
        var pages = Directory.EnumerateFiles(Path.Combine(root, "api-reference"), "*.md", SearchOption.AllDirectories).ToList();
        int links = 0, resolved = 0, transliterated = 0;

        Parallel.ForEach(pages, file =>
        {
            var page = Path.GetRelativePath(root, file).Replace('\\', '/');
            foreach (Match link in AnchoredLink().Matches(File.ReadAllText(file)))
            {
                Interlocked.Increment(ref links);
                var section = index.Resolve(page, link.Groups["href"].Value) is { Anchor: { } anchor } target ? index.Find(target.Page, anchor) : null;
                if (section is not null)
                {
                    Interlocked.Increment(ref resolved);
                    if (section.Anchor is null && Cyrillic().IsMatch(section.Title))
                    {
                        Interlocked.Increment(ref transliterated);
                    }
                }
            }
        });

        output.WriteLine($"{language}: {resolved} of {links} anchored links resolve ({100.0 * resolved / links:0.00} %), {transliterated} by a transliterated slug");
        Assert.InRange(links, minimumLinks, int.MaxValue);
        Assert.InRange((double)resolved / links, minimumShare, 1);
        Assert.InRange(transliterated, minimumTransliterated, int.MaxValue);
    }

    [Theory]
    [InlineData("en/api-reference/crm/deals/crm-deal-list.md", "crm-deal-get.md#deal", "Deal Type")]
    [InlineData("en/api-reference/crm/contacts/crm-contact-list.md", "./crm-contact-get.md#contact", "contact")]
    [InlineData("en/api-reference/crm/universal/crm-item-get.md", "./object-fields.md", "Common Fields")]
    [InlineData("en/api-reference/tasks/tasks-task-get.md", "./fields.md", "Task Fields")]
    [InlineData("en/api-reference/tasks/tasks-task-list-rest-v3.md", "./fields-rest-v3.md", "Task Object")]
    [InlineData("en/api-reference/crm/currency/crm-currency-get.md", "../data-types.md#crm_currency", "crm_currency")]
    [InlineData("ru/api-reference/crm/currency/crm-currency-get.md", "../data-types.md#crm_currency", "crm_currency")]
    public void Links_of_the_result_routes_land_on_their_definitions(string page, string href, string title)
    {
        var docs = Path.Combine(RepositoryPaths.RequireShared(), "docs");
        var index = new DocIndex(Path.Combine(docs, page.Substring(0, 2)));

        var section = index.Follow(page.Substring(3), href);

        Assert.Equal(title, section?.Title);
        Assert.NotEmpty(section!.Tables);
    }

    // [text](href#anchor) inside the docs; other sites are not ours to resolve.
    [GeneratedRegex(@"\]\((?<href>(?!https?:|mailto:)[^)\s]*#[^)\s]+)\)")]
    private static partial Regex AnchoredLink();

    [GeneratedRegex(@"\p{IsCyrillic}")]
    private static partial Regex Cyrillic();
}
