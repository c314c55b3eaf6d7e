using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;

namespace Bitrix24.SpecTool.Documents;

/// <summary>
/// The anchor a heading without an explicit <c>{#anchor}</c> is linked by, as the documentation site makes it and
/// the docs' own links use it: lower-case; Russian letters transliterated; every character other than a letter,
/// digit, <c>_</c>, <c>-</c> or white space dropped (<c>type.relations</c> → <c>typerelations</c>); runs of white
/// space and <c>-</c> → one <c>-</c>. A repeated slug on one page gets a counter (<c>x</c>, <c>x1</c>, <c>x2</c>).
/// </summary>
internal static partial class HeadingSlug
{
    // The letters attested by the Russian pages' links ("parametr", "kak-kodirovat-fajl", "klyucha", "tip-bejdzha",
    // "chto-vernetsya", "polzovatelskoe") and, for the letters no link shows (ё, х, ц, щ, ъ, э), the same table's
    // remaining entries as the site's slug library has them.
    private static readonly Dictionary<char, string> Russian = new()
    {
        ['а'] = "a", ['б'] = "b", ['в'] = "v", ['г'] = "g", ['д'] = "d", ['е'] = "e", ['ё'] = "yo", ['ж'] = "zh",
        ['з'] = "z", ['и'] = "i", ['й'] = "j", ['к'] = "k", ['л'] = "l", ['м'] = "m", ['н'] = "n", ['о'] = "o",
        ['п'] = "p", ['р'] = "r", ['с'] = "s", ['т'] = "t", ['у'] = "u", ['ф'] = "f", ['х'] = "h", ['ц'] = "c",
        ['ч'] = "ch", ['ш'] = "sh", ['щ'] = "sh", ['ъ'] = "u", ['ы'] = "y", ['ь'] = string.Empty, ['э'] = "e",
        ['ю'] = "yu", ['я'] = "ya",
    };

    /// <summary>The slug of one heading title (without its explicit anchor), before any counter.</summary>
    public static string Of(string title)
    {
        var text = MarkdownLink().Replace(title, "${text}").ToLowerInvariant();
        var slug = new StringBuilder(text.Length);
        var separator = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '-')
            {
                separator = true;
                continue;
            }

            var kept = Russian.TryGetValue(c, out var latin) ? latin : char.IsLetterOrDigit(c) || c == '_' ? c.ToString() : string.Empty;
            if (kept.Length == 0)
            {
                continue;
            }

            if (separator && slug.Length > 0)
            {
                slug.Append('-');
            }

            separator = false;
            slug.Append(kept);
        }

        return slug.ToString();
    }

    /// <summary>Slugs of a page's heading titles in order, a repeated slug numbered as the site numbers it.</summary>
    public sealed class Counter
    {
        private readonly Dictionary<string, int> seen = new(System.StringComparer.Ordinal);

        /// <summary>The slug of the next heading on the page.</summary>
        public string Next(string title)
        {
            var slug = Of(title);
            if (!seen.TryGetValue(slug, out var count))
            {
                seen[slug] = 1;
                return slug;
            }

            seen[slug] = count + 1;
            return slug + count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    [GeneratedRegex(@"!?\[(?<text>[^\]]*)\]\([^)]*\)")]
    private static partial Regex MarkdownLink();
}
