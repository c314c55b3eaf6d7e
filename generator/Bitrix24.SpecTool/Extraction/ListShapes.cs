using System;
using System.Collections.Generic;
using System.Linq;
using Bitrix24.Specs.Model;
using Bitrix24.SpecTool.Documents;

namespace Bitrix24.SpecTool.Extraction;

/// <summary>Where a list method's rows are, from its response example: <c>result</c>, <c>result.items</c>, <c>result.tasks</c>, ...</summary>
internal static class ListShapes
{
    public static ListSpec Of(int rest, IReadOnlyList<DocSection> returned)
    {
        var example = string.Join("\n", returned.SelectMany(section => section.Code));
        var rows = "result";
        foreach (var key in new[] { "items", "tasks", "documents", "products" })
        {
            if (example.Contains($"\"{key}\": [", StringComparison.Ordinal) || example.Contains($"\"{key}\":[", StringComparison.Ordinal))
            {
                rows = $"result.{key}";
                break;
            }
        }

        var id = example.Contains("\"ID\":") ? "ID" : example.Contains("\"id\":") ? "id" : null;
        return new ListSpec(rows, id, rest == 3 ? "pagination" : "next");
    }
}
