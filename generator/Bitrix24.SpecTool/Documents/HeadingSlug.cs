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
    // а…я in code-point order (ё lies outside the range). The Russian pages' links attest 24 letters ("parametr",
    // "kak-kodirovat-fajl", "klyucha", "tip-bejdzha", "chto-vernetsya", "polzovatelskoe"); the others (ё у х ц ш щ ъ э),
    // which no link shows, are as the site's slug library writes them.
    private static readonly string[] Russian =
    [
        "a", "b", "v", "g", "d", "e", "zh", "z", "i", "j", "k", "l", "m", "n", "o", "p",
        "r", "s", "t", "u", "f", "h", "c", "ch", "sh", "sh", "u", "y", string.Empty, "e", "yu", "ya",
    ];

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

            var kept = c is >= 'а' and <= 'я' ? Russian[c - 'а'] : c == 'ё' ? "yo" : char.IsLetterOrDigit(c) || c == '_' ? c.ToString() : string.Empty;
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
        private readonly Dictionary<string, int> _seen = new(System.StringComparer.Ordinal);

        /// <summary>The slug of the next heading on the page.</summary>
        public string Next(string title)
        {
            var slug = Of(title);
            if (!_seen.TryGetValue(slug, out var count))
            {
                _seen[slug] = 1;
                return slug;
            }

            _seen[slug] = count + 1;
            return slug + count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    [GeneratedRegex(@"!?\[(?<text>[^\]]*)\]\([^)]*\)")]
    private static partial Regex MarkdownLink();
}
