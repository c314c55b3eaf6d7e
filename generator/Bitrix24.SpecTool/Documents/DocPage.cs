using System;
using System.Collections.Generic;
using System.Linq;
using Bitrix24.SpecTool.Extraction;

namespace Bitrix24.SpecTool.Documents;

/// <summary>A parsed page of the documentation (includes expanded) and its headings by anchor and by slug.</summary>
internal sealed class DocPage
{
    private readonly Dictionary<string, DocSection> _anchors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DocSection> _slugs = new(StringComparer.Ordinal);

    public DocPage(string path, IReadOnlyList<DocSection> sections, IReadOnlyList<ExtractionWarning> warnings)
    {
        Path = path;
        Sections = sections;
        Warnings = warnings;
        foreach (var section in sections.Where(section => section.Level > 0))
        {
            if (section.Anchor is not null)
            {
                _anchors.TryAdd(section.Anchor, section);
            }

            _slugs.TryAdd(section.Slug, section);
        }
    }

    /// <summary>The page, relative to the documentation root with <c>/</c> separators.</summary>
    public string Path { get; }

    /// <summary>The page's sections in order (the first one holds what comes before the first heading).</summary>
    public IReadOnlyList<DocSection> Sections { get; }

    /// <summary>What went wrong reading the page (an include that is missing or a cycle, an unreadable file).</summary>
    public IReadOnlyList<ExtractionWarning> Warnings { get; }

    /// <summary>
    /// The section an anchor names: the first heading with that explicit anchor, else the first whose slug it is
    /// (a heading with an explicit anchor keeps its slug too, so a link written by the title still lands).
    /// </summary>
    public DocSection? Find(string anchor)
        => _anchors.TryGetValue(anchor, out var section) || _slugs.TryGetValue(anchor, out section) ? section : null;

    /// <summary>The page's first definition: the first section with a field table (a link to the page without an anchor means it).</summary>
    public DocSection? FirstDefinition() => Sections.FirstOrDefault(section => section.Tables.Any(ParameterTables.IsParameterTable));
}
