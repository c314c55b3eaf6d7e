using System;
using System.Linq;
using Bitrix24.SpecTool.Documents;

namespace Bitrix24.SpecTool.Extraction;

/// <summary>
/// Route 6: for a get or list page that links no definition, the entity's <c>*.fields</c> method page in the same
/// folder (<c>crm-status-list.md</c> → <c>crm-status-fields.md</c>, <c>catalog-vat-list.md</c> →
/// <c>catalog-vat-get-fields.md</c>), whose returned data tables the entity's fields.
/// </summary>
internal static class FieldsMethodPages
{
    private static readonly string[] Verbs = ["-get.md", "-list.md", "-getlist.md"];

    private static readonly string[] FieldsPages = ["-fields.md", "-get-fields.md", "-getfields.md"];

    /// <summary>Whether the page (by its file name) is an entity's <c>*.fields</c> method page.</summary>
    public static bool Is(string page) => FieldsPages.Any(suffix => page.EndsWith(suffix, StringComparison.OrdinalIgnoreCase));

    /// <summary>The type the sibling fields page defines, or null when the page is no get/list page or has no such sibling.</summary>
    public static string? Define(TypeRegistry types, string page)
    {
        var verb = Verbs.FirstOrDefault(candidate => page.EndsWith(candidate, StringComparison.OrdinalIgnoreCase));
        if (verb is null)
        {
            return null;
        }

        var stem = page.Substring(0, page.Length - verb.Length);
        foreach (var sibling in FieldsPages.Select(suffix => stem + suffix))
        {
            if (types.Index.Page(sibling) is not { } fields)
            {
                continue;
            }

            // The fields are the first table of the returned data that is not the envelope (which has the result row).
            var definition = SectionTree.AllWithSubsections(fields.Sections, section => Headings.IsReturnedData(section.Title))
                .FirstOrDefault(section => section.Tables.Any(table => ParameterTables.IsParameterTable(table) && !table.Rows.Any(IsResultRow)));
            if (definition is not null && types.Define(new DocTarget(sibling, definition.Anchor ?? definition.Slug)) is { } id)
            {
                return id;
            }
        }

        return null;
    }

    private static bool IsResultRow(TableRow row) => row.Cells.Count > 0 && CellReader.NameCell(row.Cells[0].Markdown).Name == "result";
}
