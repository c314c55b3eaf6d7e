using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Bitrix24.SpecTool.Documents;

namespace Bitrix24.SpecTool.Extraction;

/// <summary>
/// Which method a page documents, and whether it is a REST 3.0 page: the rules the page extraction and the type ids
/// share, so a page's spec and the types defined on it always agree on its method.
/// </summary>
internal static partial class MethodNames
{
    private static readonly string[] DotlessMethods = ["methods", "scope", "events", "profile", "batch"];

    /// <summary>
    /// The H1's last token ("(sale.basketitem.getFields)", "tasks.task.get"); else the one method name inside the H1
    /// unless the examples call another; else the one method the examples call on a page with method sections.
    /// </summary>
    public static string? Find(DocSection title, IReadOnlyList<DocSection> sections)
        => FromTitle(title.Title) ?? InTitle(title, sections) ?? FromCalls(sections);

    /// <summary>
    /// The H1's last token when it is a method name: lower-case first letter (events such as CATALOG.PRODUCT.ON.ADD and
    /// JS functions such as BX24.placement are not methods), not a ".v2" section title, or one of the dotless methods.
    /// </summary>
    public static string? FromTitle(string title)
    {
        var token = title.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault()?.Trim('(', ')', ':', ',', '`', '.') ?? string.Empty;
        return IsMethodToken(token) ? token : DotlessMethods.Contains(token) ? token : null;
    }

    /// <summary>Whether the title says v3 or the introduction says the method belongs to REST 3.0.</summary>
    public static bool IsRest3(DocSection title, IEnumerable<SourceLine> intro)
        => Rest3Title().IsMatch(title.Title) || intro.Any(line => Rest3Statement().IsMatch(line.Text));

    /// <summary>Whether the page has a parameters, returned-data or error-codes section.</summary>
    public static bool HasMethodSections(IReadOnlyList<DocSection> sections)
        => sections.Any(section => Headings.IsParameters(section.Title) || Headings.IsReturned(section.Title) || Headings.IsErrorCodes(section.Title));

    // A title with the name inside ("Get the Manifest of the landing.block.getmanifest Method").
    private static string? InTitle(DocSection title, IReadOnlyList<DocSection> sections)
    {
        var names = title.Title.Split(' ').Select(word => word.Trim('(', ')', ':', ',', '`', '.')).Where(IsMethodToken).Distinct().ToList();
        if (names.Count != 1 || !HasMethodSections(sections))
        {
            return null;
        }

        var called = Called(sections);
        return called.Count == 0 || called.Contains(names[0]) ? names[0] : null;
    }

    // A title without a name ("Retrieve Fields of CRM Item").
    private static string? FromCalls(IReadOnlyList<DocSection> sections)
    {
        var called = Called(sections);
        return called.Count == 1 && HasMethodSections(sections) ? called[0] : null;
    }

    private static List<string> Called(IReadOnlyList<DocSection> sections)
        => sections.SelectMany(section => section.Code)
            .Select(line => CurlMethod().Match(line))
            .Where(match => match.Success)
            .Select(match => match.Groups["method"].Value)
            .Select(method => method.EndsWith(".json", StringComparison.Ordinal) ? method.Substring(0, method.Length - 5) : method)
            .Distinct()
            .ToList();

    private static bool IsMethodToken(string token) => MethodToken().IsMatch(token) && !VersionSuffix().IsMatch(token);

    [GeneratedRegex(@"^[a-z][A-Za-z0-9_]*(\.[A-Za-z0-9_]+)+$")]
    private static partial Regex MethodToken();

    [GeneratedRegex(@"\.v\d+$")]
    private static partial Regex VersionSuffix();

    [GeneratedRegex(@"/rest/(?:api/)?(?:\S*?/)?(?<method>[a-z][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)+)\b")]
    private static partial Regex CurlMethod();

    [GeneratedRegex(@"\bv\s?3(\.0)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Rest3Title();

    [GeneratedRegex(@"(belongs to|is part of|относится к)\s+(the\s+)?\[?REST 3\.0", RegexOptions.IgnoreCase)]
    private static partial Regex Rest3Statement();
}
