using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Bitrix24.Specs.Model;
using Bitrix24.SpecTool.Documents;

namespace Bitrix24.SpecTool.Extraction;

/// <summary>
/// The documented <c>result</c>: the type token of its row in the returned-data table, its description, and its
/// fields when a sub-section describes the result object ("Object result", "Result Object", "Fields of the result
/// object", "Объект result"), with the objects nested in it.
/// </summary>
internal static partial class ResultTables
{
    public static ResultSpec? Read(IReadOnlyList<DocSection> returned, List<ExtractionWarning> warnings)
    {
        foreach (var table in returned.SelectMany(section => section.Tables))
        {
            foreach (var row in table.Rows)
            {
                var (name, _, type) = CellReader.NameCell(row.Cells[0].Markdown);
                if (name is "result" && type.Length > 0)
                {
                    var description = row.Cells.Count > 1 ? CellReader.FirstParagraph(row.Cells[1].Markdown) : string.Empty;
                    return WithFields(new ResultSpec(type, description.Length == 0 ? null : description, default, default), returned, warnings);
                }
            }
        }

        return null;
    }

    private static ResultSpec WithFields(ResultSpec result, IReadOnlyList<DocSection> returned, List<ExtractionWarning> warnings)
    {
        var kind = TypeVocabulary.Parse(result.Type).Kind;
        var section = returned.FirstOrDefault(candidate => candidate.Tables.Count > 0 && ResultHeading().IsMatch(candidate.Title));
        if (section is null || kind is not (ValueKind.Object or ValueKind.Array or ValueKind.Raw))
        {
            return result;
        }

        var fields = ParameterTables.Read(section.Tables[0], warnings).Select(field => field with { Required = false }).ToList();
        NestedTables.Attach(fields, returned.Where(candidate => candidate != section), []);
        return kind == ValueKind.Array || result.Type.EndsWith("[]", StringComparison.Ordinal)
            ? result with { Items = fields.ToEquatableArray() }
            : result with { Fields = fields.ToEquatableArray() };
    }

    [GeneratedRegex(@"^(?:(?:object|type|response element|fields of the|поля объекта|объект|тип|элемент ответа)\s+`?result`?(?:\s+(?:object|array))?|`?result`?\s+(?:object|type|array element|object fields)|result object|result type|fields of the result (?:object|array))$", RegexOptions.IgnoreCase)]
    private static partial Regex ResultHeading();
}
