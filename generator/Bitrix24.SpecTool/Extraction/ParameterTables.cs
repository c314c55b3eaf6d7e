using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Bitrix24.Specs.Model;
using Bitrix24.SpecTool.Documents;

namespace Bitrix24.SpecTool.Extraction;

/// <summary>Reads parameter (or field) tables: name with required marker and type token in the first cell, description in the second.</summary>
internal static partial class ParameterTables
{
    private static readonly string[] HeaderWords = ["name", "название", "parameter", "параметр", "field", "поле", "имя", "ключ", "key"];

    /// <summary>All parameter tables of a section (pages document call variants as several tables); a name keeps its first row.</summary>
    public static List<ParamSpec> Read(IEnumerable<DocSection> sections, List<ExtractionWarning> warnings)
    {
        var parameters = new List<ParamSpec>();
        foreach (var table in sections.SelectMany(section => section.Tables).Where(IsParameterTable))
        {
            parameters.AddRange(Read(table, warnings).Where(parameter => parameters.All(existing => existing.Name != parameter.Name)));
        }

        return parameters;
    }

    public static List<ParamSpec> Read(DocTable table, List<ExtractionWarning> warnings)
    {
        var parameters = new List<ParamSpec>();
        foreach (var (row, index) in table.Rows.Select((row, index) => (row, index)))
        {
            if (index == 0 && IsHeader(row))
            {
                continue;
            }

            var parameter = Row(row);
            if (parameter is null)
            {
                warnings.Add(new ExtractionWarning(row.Start.File, row.Start.Line, "table row without a parameter name"));
                continue;
            }

            if (parameters.Any(existing => existing.Name == parameter.Name))
            {
                warnings.Add(new ExtractionWarning(row.Start.File, row.Start.Line, $"parameter {parameter.Name} is listed twice; the first row is kept"));
                continue;
            }

            parameters.Add(parameter);
        }

        return parameters;
    }

    /// <summary>One row as a parameter (name, required marker, type token, description, example, values), or null when its first cell names none.</summary>
    public static ParamSpec? Row(TableRow row)
    {
        var (name, required, type) = CellReader.NameCell(row.Cells[0].Markdown);
        if (name is null)
        {
            return null;
        }

        var description = row.Cells.Count > 1 ? row.Cells[1].Markdown : string.Empty;
        var plain = CellReader.FirstParagraph(description);
        return new ParamSpec(
            name,
            type,
            required,
            plain.Length == 0 ? null : plain,
            Example(description),
            Values(description),
            default,
            default,
            new SpecPosition(row.Start.Line, 1));
    }

    /// <summary>
    /// A table read as parameters or fields: its first row is a header by its words, or has a name and a type (which
    /// also takes a header such as <c>**Value**</c> over <c>`type`</c>; <see cref="IsTypedHeader"/> tells those apart).
    /// </summary>
    public static bool IsParameterTable(DocTable table) => table.Rows.Count > 0 && (IsHeader(table.Rows[0]) || StartsWithParameter(table));

    /// <summary>
    /// A header row recognised by its type code: the code under the first cell's name is literally <c>type</c> or
    /// <c>тип</c>. Unlike a header word this never takes a data row such as <c>**VALUE**</c> <c>`string`</c> for a header.
    /// Not used by today's extraction, which reads such a row as a field named <c>Value</c> of type <c>type</c>.
    /// </summary>
    public static bool IsTypedHeader(TableRow row)
        => row.Cells.Count > 0 && CellReader.NameCell(row.Cells[0].Markdown).Type.ToLowerInvariant() is "type" or "тип";

    // A table without a header row whose first row is already a parameter (**name** with a type).
    private static bool StartsWithParameter(DocTable table)
        => table.Rows[0].Cells.Count >= 2 && CellReader.NameCell(table.Rows[0].Cells[0].Markdown) is { Name: not null, Type.Length: > 0 };

    public static bool IsHeader(TableRow row)
    {
        var first = CellReader.Plain(row.Cells[0].Markdown).ToLowerInvariant();
        return HeaderWords.Any(word => first.StartsWith(word, StringComparison.Ordinal));
    }

    private static string? Example(string markdown)
    {
        var match = ExampleMention().Match(markdown);
        return match.Success ? match.Groups["value"].Value.Trim() : null;
    }

    private static EquatableArray<EnumValueSpec> Values(string markdown)
    {
        var values = ValueItem().Matches(markdown)
            .Select(match => new EnumValueSpec(match.Groups["value"].Value.Trim(), CellReader.Plain(match.Groups["text"].Value)))
            .GroupBy(value => value.Value)
            .Select(group => group.First())
            .ToList();
        return values.Count >= 2 ? values.ToEquatableArray() : EquatableArray<EnumValueSpec>.Empty;
    }

    [GeneratedRegex(@"(?:for example|e\.g\.|например|example)[,:]?\s*(?:[^`\n]{0,12})`(?<value>[^`\n]{1,60})`", RegexOptions.IgnoreCase)]
    private static partial Regex ExampleMention();

    [GeneratedRegex(@"^\s*[-*]\s+`(?<value>[^`\n]{1,40})`\s*[—–-]+\s*(?<text>[^\n]+)$", RegexOptions.Multiline)]
    private static partial Regex ValueItem();
}
