using System.Collections.Generic;
using System.Linq;
using Bitrix24.Specs.Model;
using Bitrix24.SpecTool.Documents;

namespace Bitrix24.SpecTool.Extraction;

/// <summary>The documented <c>result</c>: the type token of its row in the returned-data table, and its description.</summary>
internal static class ResultTables
{
    public static ResultSpec? Read(IReadOnlyList<DocSection> returned, IReadOnlyList<DocSection> all)
    {
        foreach (var table in returned.SelectMany(section => section.Tables))
        {
            foreach (var row in table.Rows)
            {
                var (name, _, type) = CellReader.NameCell(row.Cells[0].Markdown);
                if (name is "result" && type.Length > 0)
                {
                    var description = row.Cells.Count > 1 ? CellReader.FirstParagraph(row.Cells[1].Markdown) : string.Empty;
                    return new ResultSpec(type, description.Length == 0 ? null : description, default, default);
                }
            }
        }

        return null;
    }
}
