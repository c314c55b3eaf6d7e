using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace Bitrix24.SpecTool.Documents;

/// <summary>
/// Splits an expanded page into sections by heading, and finds the tables in each: YFM multi-line tables
/// (<c>#|</c> … <c>|#</c>, rows <c>|| … ||</c>) by a scanner that respects code, and plain pipe tables with Markdig.
/// Liquid block tags (<c>{% note %}</c>, <c>{% list tabs %}</c>, <c>{% if %}</c>, <c>{% cut %}</c>) are dropped, their content kept.
/// </summary>
internal static partial class PageParser
{
    private static readonly MarkdownPipeline PipeTables = new MarkdownPipelineBuilder().UsePipeTables().Build();

    public static IReadOnlyList<DocSection> Parse(IReadOnlyList<SourceLine> lines)
    {
        var sections = new List<DocSection>();
        var builder = new SectionBuilder(0, string.Empty, lines.Count > 0 ? lines[0] : new SourceLine(string.Empty, string.Empty, 1), null, string.Empty);
        var slugs = new HeadingSlug.Counter();
        var fence = (string?)null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var trimmed = line.Text.Trim();
            if (fence is not null)
            {
                if (trimmed.StartsWith(fence, StringComparison.Ordinal))
                {
                    fence = null;
                }
                else
                {
                    builder.Code.Add(line.Text);
                }

                continue;
            }

            if (FenceStart(trimmed) is { } opened)
            {
                fence = opened;
                continue;
            }

            if (LiquidLine().IsMatch(trimmed))
            {
                continue;
            }

            var heading = Heading().Match(line.Text);
            if (heading.Success)
            {
                sections.Add(builder.Build());
                var title = CleanHeading(heading.Groups[2].Value);
                var anchor = Anchor().Match(heading.Groups[2].Value).Groups["id"].Value.Trim();
                builder = new SectionBuilder(heading.Groups[1].Length, title, line, anchor.Length > 0 ? anchor : null, slugs.Next(title));
                continue;
            }

            if (trimmed.StartsWith("#|", StringComparison.Ordinal))
            {
                var end = i;
                if (!(trimmed.Length > 2 && trimmed.EndsWith("|#", StringComparison.Ordinal)))
                {
                    // Tables can nest inside cells: find the closer at depth zero.
                    var depth = 1;
                    for (end = i + 1; end < lines.Count; end++)
                    {
                        var text = lines[end].Text.Trim();
                        depth += text.StartsWith("#|", StringComparison.Ordinal) || text.Contains("| #|", StringComparison.Ordinal) ? 1 : 0;
                        if (text.EndsWith("|#", StringComparison.Ordinal) && --depth == 0)
                        {
                            break;
                        }
                    }
                }

                end = Math.Min(end, lines.Count - 1);
                builder.Tables.Add(ParseYfm(lines.Skip(i).Take(end - i + 1).ToList()));
                i = end;
                continue;
            }

            if (trimmed.StartsWith('|') && i + 1 < lines.Count && PipeSeparator().IsMatch(lines[i + 1].Text))
            {
                var end = i;
                while (end + 1 < lines.Count && lines[end + 1].Text.TrimStart().StartsWith('|'))
                {
                    end++;
                }

                if (ParsePipe(lines.Skip(i).Take(end - i + 1).ToList()) is { } table)
                {
                    builder.Tables.Add(table);
                }

                i = end;
                continue;
            }

            builder.Lines.Add(line with { Text = LiquidTag().Replace(line.Text, string.Empty) });
        }

        sections.Add(builder.Build());
        return sections;
    }

    /// <summary>Parses a YFM table's lines, from the <c>#|</c> line to the <c>|#</c> line.</summary>
    public static DocTable ParseYfm(IReadOnlyList<SourceLine> lines)
    {
        var rows = new List<TableRow>();
        var cells = new List<TableCell>();
        var cell = new StringBuilder();
        var inRow = false;
        var fence = false;
        var nested = 0;
        SourceLine? rowStart = null;
        for (var l = 0; l < lines.Count; l++)
        {
            var text = lines[l].Text;
            if (l == 0)
            {
                text = text.Substring(text.IndexOf("#|", StringComparison.Ordinal) + 2);
            }

            if (l == lines.Count - 1 && text.TrimEnd().EndsWith("|#", StringComparison.Ordinal))
            {
                text = text.TrimEnd();
                text = text.Substring(0, text.Length - 2);
            }

            var trimmed = text.TrimStart();
            var start = 0;
            if (inRow && nested == 0 && IsFenceLine(trimmed))
            {
                if (!fence)
                {
                    fence = true;
                    cell.Append(text).Append('\n');
                    continue;
                }

                // A closing fence may end the row on the same line: "``` ||".
                fence = false;
                start = text.IndexOf(trimmed.Substring(0, 3), StringComparison.Ordinal) + 3;
                cell.Append(text, 0, start);
            }
            else if (fence)
            {
                cell.Append(text).Append('\n');
                continue;
            }

            var codeRun = 0;
            for (var i = start; i < text.Length; i++)
            {
                var c = text[i];
                if (inRow && (nested > 0 || codeRun == 0) && i + 1 < text.Length && c == '#' && text[i + 1] == '|')
                {
                    // A table inside a cell stays text of that cell.
                    nested++;
                    cell.Append("#|");
                    i++;
                    continue;
                }

                if (nested > 0)
                {
                    if (c == '|' && i + 1 < text.Length && text[i + 1] == '#')
                    {
                        nested--;
                        cell.Append("|#");
                        i++;
                        continue;
                    }

                    cell.Append(c);
                    continue;
                }

                if (c == '`')
                {
                    var run = 1;
                    while (i + run < text.Length && text[i + run] == '`')
                    {
                        run++;
                    }

                    codeRun = codeRun == 0 ? run : codeRun == run ? 0 : codeRun;
                    cell.Append('`', run);
                    i += run - 1;
                    continue;
                }

                if (codeRun > 0)
                {
                    cell.Append(c);
                    continue;
                }

                if (c == '\\' && i + 1 < text.Length && text[i + 1] == '|')
                {
                    cell.Append('|');
                    i++;
                    continue;
                }

                if (c == '|' && i + 1 < text.Length && text[i + 1] == '|')
                {
                    i++;
                    if (!inRow)
                    {
                        inRow = true;
                        rowStart = lines[l];
                        cells = [];
                        cell.Clear();
                    }
                    else
                    {
                        cells.Add(new TableCell(cell.ToString().Trim()));
                        rows.Add(new TableRow(cells, rowStart!));
                        inRow = false;
                        cell.Clear();
                    }

                    continue;
                }

                if (c == '|' && inRow)
                {
                    cells.Add(new TableCell(cell.ToString().Trim()));
                    cell.Clear();
                    continue;
                }

                if (inRow)
                {
                    cell.Append(c);
                }
            }

            if (inRow)
            {
                cell.Append('\n');
            }
        }

        if (inRow)
        {
            cells.Add(new TableCell(cell.ToString().Trim()));
            rows.Add(new TableRow(cells, rowStart!));
        }

        return new DocTable(rows);
    }

    private static DocTable? ParsePipe(IReadOnlyList<SourceLine> lines)
    {
        var text = string.Join("\n", lines.Select(line => line.Text.Trim()));
        var document = Markdown.Parse(text, PipeTables);
        var table = document.Descendants<Table>().FirstOrDefault();
        if (table is null)
        {
            return null;
        }

        var lineStarts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lineStarts.Add(i + 1);
            }
        }

        var rows = new List<TableRow>();
        foreach (var row in table.OfType<Markdig.Extensions.Tables.TableRow>())
        {
            var cells = row.OfType<Markdig.Extensions.Tables.TableCell>()
                .Select(cell => new TableCell(cell.Span.Length > 0 ? text.Substring(cell.Span.Start, cell.Span.Length).Trim() : string.Empty))
                .ToList();
            var lineIndex = Math.Max(0, lineStarts.FindLastIndex(start => start <= row.Span.Start));
            rows.Add(new TableRow(cells, lines[Math.Min(lineIndex, lines.Count - 1)]));
        }

        return new DocTable(rows);
    }

    // "```json" opens a fence; "```code```" on one line is inline code.
    private static bool IsFenceLine(string trimmed)
        => (trimmed.StartsWith("```", StringComparison.Ordinal) && trimmed.IndexOf("```", 3, StringComparison.Ordinal) < 0)
           || trimmed.StartsWith("~~~", StringComparison.Ordinal);

    private static string? FenceStart(string trimmed)
        => trimmed.StartsWith("```", StringComparison.Ordinal) ? "```" : trimmed.StartsWith("~~~", StringComparison.Ordinal) ? "~~~" : null;

    private static string CleanHeading(string text) => Anchor().Replace(text, string.Empty).Trim().TrimEnd('#').Trim();

    [GeneratedRegex(@"^(#{1,6})\s+(.*)$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"\{#(?<id>[^}]*)\}")]
    private static partial Regex Anchor();

    [GeneratedRegex(@"^(\{%[^%]*%\}\s*)+$")]
    private static partial Regex LiquidLine();

    [GeneratedRegex(@"\{%[^%]*%\}")]
    private static partial Regex LiquidTag();

    [GeneratedRegex(@"^\s*\|?\s*:?-{2,}")]
    private static partial Regex PipeSeparator();

    private sealed class SectionBuilder(int level, string title, SourceLine heading, string? anchor, string slug)
    {
        public List<SourceLine> Lines { get; } = [];

        public List<string> Code { get; } = [];

        public List<DocTable> Tables { get; } = [];

        public DocSection Build() => new(level, title, heading, Lines, Code, Tables, anchor, slug);
    }
}
