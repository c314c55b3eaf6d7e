using System;
using System.Collections.Generic;
using System.Linq;
using Bitrix24.Specs.Model;
using Bitrix24.SpecTool.Documents;

namespace Bitrix24.SpecTool.Extraction;

/// <summary>
/// The members of a result written as rows of the returned-data table, by dotted path: <c>result.ID</c>,
/// <c>result.payment.url</c>, <c>items</c> and <c>items[]</c> (its element) after a <c>result</c> row,
/// <c>result.events[].eventId</c>. A row whose type links a definition refers to it.
/// </summary>
internal static class ResultMembers
{
    /// <summary>The members as fields (or, for an array, the fields of each element), and the type the rows give the result's own element (<c>result[]</c>).</summary>
    public static (List<ParamSpec> Members, string? ElementRef) Read(IEnumerable<(string Path, TableRow Row)> rows, ResultLinks links)
    {
        var root = new Node(null);
        foreach (var (path, row) in rows)
        {
            if (ParameterTables.Row(row) is not { } spec)
            {
                continue;
            }

            var reference = links.Follow(CellReader.Parameter(row.Cells[0].Markdown), row.Cells.Count > 1 ? row.Cells[1].Markdown : string.Empty)?.Id;
            root.Insert(path.Split('.', StringSplitOptions.RemoveEmptyEntries), spec, reference);
        }

        return (root.Children.Select(child => child.ToSpec()).ToList(), root.ElementRef);
    }

    /// <summary>The path of a row below the result: <c>result.ID</c> → <c>ID</c>, <c>result[].id</c> → <c>[].id</c>; null for a row outside it.</summary>
    public static string? BelowResult(string name)
        => name.StartsWith("result.", StringComparison.Ordinal) ? name.Substring(7)
            : name.StartsWith("result[]", StringComparison.Ordinal) ? name.Substring(6)
            : null;

    private sealed class Node(ParamSpec? spec)
    {
        public ParamSpec? Spec { get; set; } = spec;

        public string? Ref { get; set; }

        public string? ElementRef { get; set; }

        public List<Node> Children { get; } = [];

        public void Insert(IReadOnlyList<string> path, ParamSpec spec, string? reference)
        {
            var node = this;
            for (var i = 0; i < path.Count; i++)
            {
                var segment = path[i];
                var element = segment.EndsWith("[]", StringComparison.Ordinal);
                var name = element ? segment.Substring(0, segment.Length - 2) : segment;
                var last = i == path.Count - 1;
                if (name.Length > 0)
                {
                    var child = node.Children.FirstOrDefault(candidate => candidate.Spec!.Name == name);
                    if (child is null)
                    {
                        // A row for an element (items[]) or a deeper member before its parent's row: the parent is implied.
                        child = new Node(last && !element ? spec with { Name = name } : Implied(name, spec, element));
                        node.Children.Add(child);
                        if (last && !element)
                        {
                            child.Ref = reference;
                            return;
                        }
                    }

                    node = child;
                }

                if (last)
                {
                    if (element)
                    {
                        node.ElementRef ??= reference;
                    }

                    return;
                }
            }
        }

        public ParamSpec ToSpec()
        {
            var spec = Spec!;
            var reference = Ref ?? ElementRef;
            var kind = TypeVocabulary.Parse(spec.Type).Kind;
            if (reference is not null && !TypeVocabulary.IsBasicScalar(spec.Type))
            {
                return spec with { Ref = reference };
            }

            var children = Children.Select(child => child.ToSpec()).ToEquatableArray();
            return children.IsEmpty ? spec
                : kind == ValueKind.Array ? spec with { Items = children }
                : kind is ValueKind.Object or ValueKind.Raw ? spec with { Fields = children }
                : spec;
        }

        private static ParamSpec Implied(string name, ParamSpec row, bool element)
            => new(name, element ? "array" : "object", false, null, null, default, default, default, row.Position);
    }
}
