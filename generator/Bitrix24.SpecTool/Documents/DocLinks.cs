using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace Bitrix24.SpecTool.Documents;

/// <summary>
/// Resolves a link written on a page (<c>#deal</c>, <c>crm-category-add.md#category</c>, <c>./crm-deal-get.md#deal</c>,
/// <c>../data-types.md</c>, <c>/api-reference/data-types.html</c>) to a page relative to the documentation root, by
/// string alone: nothing is read. A link that leaves the root, names another site or is malformed resolves to null.
/// </summary>
internal static partial class DocLinks
{
    /// <summary>The target of <paramref name="href"/> written on <paramref name="fromPage"/> (relative to the root), or null.</summary>
    public static DocTarget? Resolve(string fromPage, string href)
    {
        var link = href.Trim();
        if (link.Length == 0 || Scheme().IsMatch(link))
        {
            return null;
        }

        var hash = link.IndexOf('#', StringComparison.Ordinal);
        var path = hash < 0 ? link : link.Substring(0, hash);
        var anchor = hash < 0 ? null : Uri.UnescapeDataString(link.Substring(hash + 1));
        var query = path.IndexOf('?', StringComparison.Ordinal);
        path = Uri.UnescapeDataString(query < 0 ? path : path.Substring(0, query));
        var page = path.Length == 0
            ? Normalize(fromPage)
            : Normalize(path.StartsWith('/') ? path : Directory(fromPage) + path);
        if (page is null)
        {
            return null;
        }

        if (page.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
        {
            page = page.Substring(0, page.Length - 5) + ".md";
        }

        return new DocTarget(page, string.IsNullOrEmpty(anchor) ? null : anchor);
    }

    /// <summary>
    /// A path relative to the root with <c>.</c> and <c>..</c> folded and <c>/</c> separators, or null when it climbs above
    /// the root, is empty, or holds a backslash or a control character.
    /// </summary>
    public static string? Normalize(string path)
    {
        if (path.Length == 0 || path.Contains('\\', StringComparison.Ordinal) || HasControl(path))
        {
            return null;
        }

        var segments = new List<string>();
        foreach (var segment in path.Split('/'))
        {
            if (segment.Length == 0 || segment == ".")
            {
                continue;
            }

            if (segment == "..")
            {
                if (segments.Count == 0)
                {
                    return null;
                }

                segments.RemoveAt(segments.Count - 1);
                continue;
            }

            segments.Add(segment);
        }

        return segments.Count == 0 ? null : string.Join("/", segments);
    }

    private static string Directory(string page)
    {
        var slash = page.Replace('\\', '/').LastIndexOf('/');
        return slash < 0 ? string.Empty : page.Substring(0, slash + 1);
    }

    private static bool HasControl(string text)
    {
        foreach (var c in text)
        {
            if (char.IsControl(c))
            {
                return true;
            }
        }

        return false;
    }

    // "https:", "mailto:", "tel:", "javascript:": another site or no page at all.
    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9+.\-]*:")]
    private static partial Regex Scheme();
}
