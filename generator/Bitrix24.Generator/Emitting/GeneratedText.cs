using System.Globalization;
using System.Text;

namespace Bitrix24.Generator.Emitting;

/// <summary>
/// The one place spec text becomes C# source: XML doc text and string literals. Spec text is hostile input: a line
/// break would end a <c>///</c> comment and let the rest of the line compile as code, and bidi controls reorder what a
/// reviewer sees. Identifiers never carry spec text raw: <c>Parsing.Identifiers</c> keeps only ASCII letters and digits.
/// </summary>
internal static class GeneratedText
{
    /// <summary>The characters that end a line for the C# lexer; no generated line may hold one.</summary>
    public static readonly char[] LineBreaks = ['\r', '\n', '\u0085', '\u2028', '\u2029'];

    /// <summary>
    /// XML doc text: <c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c> escaped; every kind of line break (CR, LF, CRLF, NEL,
    /// U+2028, U+2029) becomes <c>\n</c>, which <see cref="SourceWriter"/> writes as a new <c>///</c> line; other
    /// control characters, lone surrogates and XML's non-characters become a space; bidi controls are dropped.
    /// </summary>
    public static string Doc(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n': break;
                case '\r' or '\n' or '\u0085' or '\u2028' or '\u2029': builder.Append('\n'); break;
                default:
                    if (IsBidiControl(c))
                    {
                        break;
                    }

                    builder.Append(IsPairedSurrogate(text, i) ? c : char.IsControl(c) || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF' ? ' ' : c);
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// A C# string literal: every control, format (bidi, zero-width), line or paragraph separator character and
    /// non-character is a <c>\uXXXX</c> escape; a lone surrogate, which no UTF-8 literal or JSON body can carry, is <c>\uFFFD</c>.
    /// </summary>
    public static string Literal(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (char.IsSurrogate(c))
                    {
                        if (IsPairedSurrogate(text, i))
                        {
                            builder.Append(c).Append(text[++i]);
                        }
                        else
                        {
                            builder.Append("\\uFFFD");
                        }
                    }
                    else if (NeedsEscape(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    // U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069: the controls that reorder displayed text (CVE-2021-42574).
    private static bool IsBidiControl(char c)
        => c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    private static bool NeedsEscape(char c) => c is '\uFFFE' or '\uFFFF' || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Control
        or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;

    // Either half of a well-formed pair: kept as is (an emoji in a description is fine).
    private static bool IsPairedSurrogate(string text, int i)
        => (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
           || (char.IsLowSurrogate(text[i]) && i > 0 && char.IsHighSurrogate(text[i - 1]));
}
