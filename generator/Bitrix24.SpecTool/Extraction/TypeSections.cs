using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Bitrix24.Specs.Model;
using Bitrix24.SpecTool.Documents;

namespace Bitrix24.SpecTool.Extraction;

/// <summary>
/// Reads the section that defines a type: its field tables (required kept as documented), the tables of its
/// sub-sections attached where their headings say (<see cref="NestedTables"/>), its heading as the title and its
/// first paragraph as the summary.
/// </summary>
internal static partial class TypeSections
{
    private const int MaxSummary = 300;

    /// <summary>The definition <paramref name="section"/> of <paramref name="page"/> gives, or null when it has no field table or no field.</summary>
    public static TypeDefinition? Read(string key, DocPage page, DocSection section, ConcurrentQueue<ExtractionWarning> warnings)
    {
        // A definition may spread its fields over several tables (crm contact: the main fields, then the address
        // fields; stage history: the common fields, then one table per entity kind in tabs): all of them, in order,
        // each name once.
        var own = section.Tables.Where(ParameterTables.IsParameterTable).ToList();
        if (own.Count == 0)
        {
            return null;
        }

        var found = new List<ExtractionWarning>();
        var fields = own.SelectMany(table => ParameterTables.Read(table, found)).DistinctBy(field => field.Name, StringComparer.Ordinal).ToList();
        var below = Below(page, section);
        // A sub-section whose table has no field to attach to is usually a definition of its own, not a fault.
        NestedTables.Attach(fields, below, []);
        var tables = own.Concat(below.Where(sub => sub.Tables.Count > 0).Select(sub => sub.Tables[0])).ToList();
        fields = WithoutTypedHeaders(fields, tables.Select(t => t.Rows[0]).Where(ParameterTables.IsTypedHeader).Select(row => row.Start.Line).ToHashSet());
        foreach (var warning in found)
        {
            warnings.Enqueue(warning);
        }

        if (fields.Count == 0)
        {
            return null;
        }

        var rows = new Dictionary<(int Line, string Name), (ParameterCell, string)>();
        foreach (var row in tables.SelectMany(t => t.Rows).Where(row => row.Cells.Count > 0))
        {
            var cell = CellReader.Parameter(row.Cells[0].Markdown);
            if (cell.Name is not null)
            {
                rows.TryAdd((row.Start.Line, cell.Name), (cell, row.Cells.Count > 1 ? row.Cells[1].Markdown : string.Empty));
            }
        }

        var path = TypeIds.InLanguage(page.Path);
        var anchor = section.Anchor ?? section.Slug;
        var spec = new ObjectSpec(
            TypeIds.Of(page, section),
            Clean(CellReader.Plain(section.Title)),
            Summary(section.Lines),
            anchor.Length == 0 ? path : $"{path}#{anchor}",
            fields.ToEquatableArray(),
            default);
        return new TypeDefinition(key, spec.Id, page, TypeIds.Scope(path), spec, rows);
    }

    // The sections under a heading, up to the next heading of its level or higher.
    private static List<DocSection> Below(DocPage page, DocSection section)
    {
        var below = new List<DocSection>();
        var at = -1;
        for (var i = 0; i < page.Sections.Count; i++)
        {
            if (ReferenceEquals(page.Sections[i], section))
            {
                at = i;
                break;
            }
        }

        for (var i = at + 1; at >= 0 && i < page.Sections.Count && page.Sections[i].Level > section.Level; i++)
        {
            below.Add(page.Sections[i]);
        }

        return below;
    }

    // A first row "**Value**" over "`type`" is the table's header, not a field named Value (ParameterTables reads it as one).
    private static List<ParamSpec> WithoutTypedHeaders(List<ParamSpec> fields, HashSet<int> headerLines)
        => headerLines.Count == 0
            ? fields
            : fields.Where(field => !headerLines.Contains(field.Position.Line))
                .Select(field => field with
                {
                    Fields = WithoutTypedHeaders(field.Fields.ToList(), headerLines).ToEquatableArray(),
                    Items = WithoutTypedHeaders(field.Items.ToList(), headerLines).ToEquatableArray(),
                })
                .ToList();

    // The first prose paragraph of the section: not a note, include, tag or list; its first sentence when it is long.
    private static string? Summary(IReadOnlyList<SourceLine> lines)
    {
        var paragraph = new List<string>();
        var inNote = 0;
        foreach (var text in lines.Select(line => line.Text.Trim()))
        {
            inNote += NoteStart().IsMatch(text) ? 1 : text.Contains("{% endnote", StringComparison.Ordinal) && inNote > 0 ? -1 : 0;
            if (inNote > 0 || text.Length == 0 || text[0] is '>' or '{' or '<' or '|' or '-' or '*' or '!' or '#')
            {
                if (paragraph.Count > 0)
                {
                    break;
                }

                continue;
            }

            paragraph.Add(text);
        }

        var summary = Clean(CellReader.Plain(string.Join(" ", paragraph)));
        if (summary is null || summary.Length <= MaxSummary)
        {
            return summary;
        }

        var end = summary.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 && end < MaxSummary ? summary.Substring(0, end + 1) : summary.Substring(0, MaxSummary).TrimEnd() + "…";
    }

    private static string? Clean(string text)
    {
        var cleaned = CellReader.Collapse(text);
        return cleaned.Length == 0 ? null : cleaned;
    }

    [GeneratedRegex(@"\{%\s*note\b")]
    private static partial Regex NoteStart();
}
