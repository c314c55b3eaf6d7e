using System;
using System.Collections.Generic;
using System.Linq;
using Bitrix24.Specs.Model;
using Bitrix24.SpecTool.Documents;

namespace Bitrix24.SpecTool.Extraction;

/// <summary>
/// Request parameters (and their fields) that the page documents by a link to a shared definition instead of a
/// table of their own — <c>PHONE</c> as <c>[crm_multifield[]](../data-types.md#crm_multifield)</c> — refer to that
/// named type, so the generator gives them the type's request class (<c>Crm.MultifieldInput</c>).
/// </summary>
/// <remarks>
/// Only what the type cell itself says counts: a link with an anchor, or a named token a data-types page defines
/// (<c>crm_multifield</c>). A generic <c>object</c> linked to a page without an anchor, or a link in a description,
/// does not: on request pages those lead to filter syntax, field lists and guides, not to the value's structure.
/// </remarks>
internal static class ParameterRefs
{
    public static List<ParamSpec> Attach(List<ParamSpec> parameters, IReadOnlyList<DocSection> sections, string page, string? scope, TypeRegistry types)
    {
        var cells = new Dictionary<(int Line, string Name), ParameterCell>();
        foreach (var row in sections.SelectMany(section => section.Tables).SelectMany(table => table.Rows).Where(row => row.Cells.Count > 0))
        {
            if (CellReader.Parameter(row.Cells[0].Markdown) is { Name: { } name } cell)
            {
                cells.TryAdd((row.Start.Line, name), cell);
            }
        }

        return parameters.Select(parameter => WithRef(parameter, cells, page, scope, types)).ToList();
    }

    private static ParamSpec WithRef(ParamSpec parameter, Dictionary<(int Line, string Name), ParameterCell> cells, string page, string? scope, TypeRegistry types)
    {
        if (!parameter.Fields.IsEmpty || !parameter.Items.IsEmpty)
        {
            return parameter with
            {
                Fields = parameter.Fields.Select(field => WithRef(field, cells, page, scope, types)).ToEquatableArray(),
                Items = parameter.Items.Select(item => WithRef(item, cells, page, scope, types)).ToEquatableArray(),
            };
        }

        if (!TypeTokens.MayRefer(parameter.Type) || !cells.TryGetValue((parameter.Position.Line, parameter.Name), out var cell))
        {
            return parameter;
        }

        var linked = cell.TypeHrefs.Count == 1 && cell.TypeHrefs[0].Contains('#', StringComparison.Ordinal) && types.Index.Resolve(page, cell.TypeHrefs[0]) is { } target
            ? types.Define(target)
            : null;
        var id = linked ?? (scope is null || IsGeneric(parameter.Type) ? null : types.ForToken(scope, parameter.Type));
        return id is null ? parameter : parameter with { Ref = id };
    }

    // object, array, any, mixed: tokens that name no structure, so no data-types page can define them.
    private static bool IsGeneric(string token) => token.TrimEnd('[', ']').Trim().ToLowerInvariant() is "object" or "array" or "any" or "mixed" or "";
}
