using System;
using System.Collections.Generic;
using System.Linq;
using Bitrix24.SpecTool.Documents;

namespace Bitrix24.SpecTool.Extraction;

/// <summary>
/// The data-types pages (<c>api-reference/data-types.md</c> and a scope's <c>api-reference/&lt;scope&gt;/data-types.md</c>):
/// collections of the objects a module's tables name by a token (<c>crm_multifield</c>, <c>catalog_product</c>). A
/// section with a field table is found by its explicit anchor, its heading, or an identifier in its heading
/// (<c>Description of a Single Field crm_rest_field_description</c>).
/// </summary>
internal static class DataTypePages
{
    private const string FileName = "data-types.md";

    /// <summary>Whether the page (relative to its language root) is a data-types page.</summary>
    public static bool Is(string page) => page == FileName || page.EndsWith("/" + FileName, StringComparison.Ordinal);

    /// <summary>The data-types pages a scope's tokens are looked up on, the scope's own first.</summary>
    public static IEnumerable<string> For(string scope)
        => scope.Length > 0 && DocLinks.Normalize(scope) == scope && !scope.Contains('/', StringComparison.Ordinal)
            ? [$"{TypeIds.ApiReference}{scope}/{FileName}", TypeIds.ApiReference + FileName]
            : [TypeIds.ApiReference + FileName];

    /// <summary>Token → the section that defines it, over the given pages (the first page that has a token wins).</summary>
    public static IReadOnlyDictionary<string, DocTarget> Tokens(DocIndex index, IEnumerable<string> pages)
    {
        var tokens = new Dictionary<string, DocTarget>(StringComparer.OrdinalIgnoreCase);
        foreach (var page in pages.Select(index.Page).OfType<DocPage>())
        {
            foreach (var section in page.Sections.Where(section => section.Level > 1 && section.Tables.Any(ParameterTables.IsParameterTable)))
            {
                var target = new DocTarget(page.Path, section.Anchor ?? section.Slug);
                foreach (var name in Names(section))
                {
                    tokens.TryAdd(name, target);
                }
            }
        }

        return tokens;
    }

    /// <summary>A token as written in a table, without <c>[]</c> and spaces.</summary>
    public static string Bare(string token)
    {
        var bare = token.Trim();
        return bare.EndsWith("[]", StringComparison.Ordinal) ? bare.Substring(0, bare.Length - 2).Trim() : bare;
    }

    private static IEnumerable<string> Names(DocSection section)
    {
        if (section.Anchor is not null)
        {
            yield return section.Anchor;
        }

        var title = CellReader.Plain(section.Title);
        yield return title;
        foreach (var word in title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(word => word.Trim('`', '"', '«', '»', ':', ',')))
        {
            if (word.Contains('_', StringComparison.Ordinal) || word.Contains('.', StringComparison.Ordinal))
            {
                yield return word;
            }
        }
    }
}
