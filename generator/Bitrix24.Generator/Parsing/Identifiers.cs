using System;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace Bitrix24.Generator.Parsing;

/// <summary>Turns wire names, codes and messages into idiomatic C# identifiers.</summary>
internal static class Identifiers
{
    /// <summary>The longest name <see cref="PascalWords"/> makes; as long as the longest wire name a spec may have.</summary>
    public const int MaxWordsLength = 128;

    /// <summary>
    /// PascalCase: words split on anything that is not a letter or digit; an all-capitals word is lowered after its
    /// first letter (<c>OWNER_TYPE_ID</c> → <c>OwnerTypeId</c>), a mixed one keeps its humps (<c>activityId</c> → <c>ActivityId</c>).
    /// A leading digit gets an underscore. Empty when nothing usable is left.
    /// </summary>
    public static string Pascal(string text)
    {
        var builder = new StringBuilder(text.Length);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isPart = i < text.Length && char.IsLetterOrDigit(text[i]) && text[i] < 128;
            if (isPart && start < 0)
            {
                start = i;
            }
            else if (!isPart && start >= 0)
            {
                AppendWord(builder, text.Substring(start, i - start));
                start = -1;
            }
        }

        if (builder.Length > 0 && char.IsDigit(builder[0]))
        {
            builder.Insert(0, '_');
        }

        return builder.ToString();
    }

    /// <summary>
    /// PascalCase of the first <paramref name="count"/> space-separated words of a sentence (error messages, value
    /// descriptions), at most <see cref="MaxWordsLength"/> characters: spec texts are not length-bounded, and
    /// metadata refuses names over 1,023 bytes (CS7013 at emit).
    /// </summary>
    public static string PascalWords(string sentence, int count)
    {
        var name = Pascal(string.Join(" ", sentence.Split([' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries).Take(count)));
        return name.Length > MaxWordsLength ? name.Substring(0, MaxWordsLength) : name;
    }

    /// <summary>Whether a documented name is a pattern for dynamic fields (<c>UF_CRM_...</c>, <c>PARENT_ID_*</c>) rather than one field.</summary>
    public static bool IsPattern(string wireName)
        => wireName.IndexOf("...", StringComparison.Ordinal) >= 0
           || wireName.IndexOfAny(['*', '…', '{', '<', '[']) >= 0;

    /// <summary>Whether <paramref name="name"/> can be used as a C# identifier as is.</summary>
    public static bool IsUsable(string name)
        => name.Length > 0 && SyntaxFacts.IsValidIdentifier(name) && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None;

    private static void AppendWord(StringBuilder builder, string word)
    {
        var allCaps = true;
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                allCaps = false;
                break;
            }
        }

        builder.Append(char.ToUpperInvariant(word[0]));
        builder.Append(allCaps ? word.Substring(1).ToLowerInvariant() : word.Substring(1));
    }
}
