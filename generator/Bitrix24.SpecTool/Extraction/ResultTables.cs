using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Bitrix24.Specs.Model;
using Bitrix24.SpecTool.Documents;

namespace Bitrix24.SpecTool.Extraction;

/// <summary>
/// The <c>result</c> as the page's own returned-data table documents it: the type token and links of its row, its
/// description, and its members when the table lists them (<c>result.ID</c> rows, or rows after the <c>result</c> row
/// up to the envelope's <c>time</c>, <c>total</c>, <c>next</c>), when a sub-section describes the result object
/// ("Object result", "Fields of the result object", "Объект result"), or when the table has no <c>result</c> row at all
/// (its rows are then the result's fields).
/// </summary>
internal static partial class ResultTables
{
    // The members of the response envelope beside result.
    private static readonly string[] Envelope = ["time", "total", "next", "error", "error_description"];

    /// <summary>The result as the page's own tables give it, or null when they document none.</summary>
    public static OwnResult? Read(IReadOnlyList<DocSection> returned, ResultLinks links, List<ExtractionWarning> warnings)
    {
        var tables = returned.SelectMany(section => section.Tables).ToList();
        foreach (var table in tables)
        {
            var index = table.Rows.ToList().FindIndex(row => Name(row) == "result");
            if (index >= 0)
            {
                return WithRow(table, index, NextTable(returned, table), returned, links, warnings);
            }
        }

        return WithoutRow(returned, links);
    }

    private static OwnResult WithRow(DocTable table, int index, DocTable? next, IReadOnlyList<DocSection> returned, ResultLinks links, List<ExtractionWarning> warnings)
    {
        var row = table.Rows[index];
        var cell = CellReader.Parameter(row.Cells[0].Markdown);
        var descriptionMarkdown = row.Cells.Count > 1 ? row.Cells[1].Markdown : string.Empty;
        var description = CellReader.FirstParagraph(descriptionMarkdown);
        var result = new ResultSpec(cell.Type, description.Length == 0 ? null : description, default, default);
        // A scalar result's following rows are the envelope's or mislabelled; only an object or array has members.
        var rows = TypeVocabulary.IsBasicScalar(cell.Type) ? [] : MemberRows(table.Rows.Skip(index + 1)).ToList();
        var (members, elementRef) = ResultMembers.Read(rows, links);
        if (members.Count > 0 || elementRef is not null)
        {
            // Sibling rows (not result.x) beside the result row under an H2 "Returned data" are that section's own structure (route 7).
            var underH2 = returned.First(candidate => candidate.Tables.Contains(table)) is { Level: 2 } own && Headings.IsReturnedData(own.Title)
                && table.Rows.Skip(index + 1).Select(Name).OfType<string>().All(name => !name.StartsWith("result", StringComparison.Ordinal));
            return new OwnResult(Attach(result, members, elementRef), cell, descriptionMarkdown, OwnRoute: underH2 ? ResultRoute.ReturnedData : ResultRoute.OwnTable);
        }

        // A result row that links its definition ("[(detailed description)](#result)") is read there, links and all.
        if (links.Follow(cell, descriptionMarkdown) is not null)
        {
            return new OwnResult(result, cell, descriptionMarkdown, OwnRoute: null);
        }

        // A result whose linked section lists alternative types is a union; its table has no fields to read.
        var section = links.IsUnionDefinition(cell) ? null : returned.FirstOrDefault(candidate => candidate.Tables.Count > 0 && ResultHeading().IsMatch(candidate.Title));
        var kind = TypeVocabulary.Parse(cell.Type).Kind;
        var described = section?.Tables[0] ?? (ResultLinks.IsGeneric(ResultLinks.Element(cell.Type)) && cell.TypeHrefs.All(href => !href.Contains('#', StringComparison.Ordinal)) ? next : null);
        if (described is null || ResultLinks.IsUnion(cell.Type) || kind is not (ValueKind.Object or ValueKind.Array or ValueKind.Raw))
        {
            return new OwnResult(result, cell, descriptionMarkdown, OwnRoute: null);
        }

        var fields = ParameterTables.Read(described, warnings).Select(field => field with { Required = false }).ToList();
        NestedTables.Attach(fields, returned.Where(candidate => candidate != section), []);
        return new OwnResult(Attach(result, fields, null), cell, descriptionMarkdown, OwnRoute: fields.Count > 0 ? ResultRoute.OwnTable : null);
    }

    // The table right after the result's table in the same section ("The result is an array of objects, each containing the following fields:").
    private static DocTable? NextTable(IReadOnlyList<DocSection> returned, DocTable table)
    {
        var section = returned.First(candidate => candidate.Tables.Contains(table));
        var at = section.Tables.ToList().IndexOf(table);
        return at + 1 < section.Tables.Count && ParameterTables.IsParameterTable(section.Tables[at + 1]) ? section.Tables[at + 1] : null;
    }

    // A table with no result row directly under a returned-data heading: its rows other than the envelope are the result's fields.
    private static OwnResult? WithoutRow(IReadOnlyList<DocSection> returned, ResultLinks links)
    {
        var table = returned.Where(section => Headings.IsReturnedData(section.Title)).SelectMany(section => section.Tables).FirstOrDefault(ParameterTables.IsParameterTable);
        if (table is null)
        {
            return null;
        }

        var rows = table.Rows.Skip(ParameterTables.IsHeader(table.Rows[0]) ? 1 : 0).Select(row => (Path: Name(row) ?? string.Empty, Row: row)).Where(pair => pair.Path.Length > 0 && !Envelope.Contains(pair.Path)).ToList();
        var (members, _) = ResultMembers.Read(rows, links);
        if (members.Count == 0)
        {
            return null;
        }

        var result = new ResultSpec("object", null, members.ToEquatableArray(), default);
        return new OwnResult(result, new ParameterCell("result", false, "object", []), string.Empty, OwnRoute: ResultRoute.ReturnedData);
    }

    // The rows after the result row that describe it, up to the envelope's (rows after "time" describe something else).
    private static IEnumerable<(string Path, TableRow Row)> MemberRows(IEnumerable<TableRow> rows)
    {
        foreach (var row in rows)
        {
            var name = Name(row);
            if (name is not null && Envelope.Contains(name))
            {
                yield break;
            }

            if (name is null)
            {
                continue;
            }

            yield return (ResultMembers.BelowResult(name) ?? name, row);
        }
    }

    private static ResultSpec Attach(ResultSpec result, List<ParamSpec> members, string? elementRef)
    {
        if (members.Count == 0)
        {
            return result with { Ref = elementRef };
        }

        var kind = TypeVocabulary.Parse(result.Type).Kind;
        return kind == ValueKind.Array || result.Type.EndsWith("[]", StringComparison.Ordinal)
            ? result with { Items = members.ToEquatableArray() }
            : result with { Fields = members.ToEquatableArray() };
    }

    private static string? Name(TableRow row) => row.Cells.Count == 0 ? null : CellReader.NameCell(row.Cells[0].Markdown).Name;

    [GeneratedRegex(@"^(?:(?:object|type|response element|fields of the|поля объекта|объект|тип|элемент ответа)\s+`?result`?(?:\s+(?:object|array))?|`?result`?\s+(?:object|type|array element|object fields)|result object|result type|fields of the result (?:object|array))$", RegexOptions.IgnoreCase)]
    private static partial Regex ResultHeading();
}
