using System;
using System.Collections.Generic;

namespace Bitrix24.SpecTool.Documents;

/// <summary>Sections with the deeper sections under them (a heading and its sub-headings up to the next heading of its level or higher).</summary>
internal static class SectionTree
{
    /// <summary>The first section that matches and the deeper sections under it; empty when none matches.</summary>
    public static List<DocSection> FirstWithSubsections(IReadOnlyList<DocSection> sections, Func<DocSection, bool> match)
        => WithSubsections(sections, match, firstOnly: true);

    /// <summary>
    /// Every section that matches, each with the deeper sections under it, in page order and each once: a match
    /// under an earlier match is part of it, a later sibling (<c>## Returned Data</c> after <c>## Response Handling</c>) is added.
    /// </summary>
    public static List<DocSection> AllWithSubsections(IReadOnlyList<DocSection> sections, Func<DocSection, bool> match)
        => WithSubsections(sections, match, firstOnly: false);

    private static List<DocSection> WithSubsections(IReadOnlyList<DocSection> sections, Func<DocSection, bool> match, bool firstOnly)
    {
        var result = new List<DocSection>();
        for (var i = 0; i < sections.Count; i++)
        {
            if (!match(sections[i]))
            {
                continue;
            }

            result.Add(sections[i]);
            var j = i + 1;
            for (; j < sections.Count && sections[j].Level > sections[i].Level; j++)
            {
                result.Add(sections[j]);
            }

            if (firstOnly)
            {
                break;
            }

            i = j - 1;
        }

        return result;
    }
}
