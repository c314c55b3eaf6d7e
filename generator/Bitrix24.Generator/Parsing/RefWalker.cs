using System.Collections.Generic;
using Bitrix24.Generator.Model;
using Bitrix24.Specs.Model;

namespace Bitrix24.Generator.Parsing;

/// <summary>Collects every <c>ref</c> of a method spec or type file, at any depth, with its position.</summary>
internal static class RefWalker
{
    public static FileRefs Method(MethodSpec spec, string filePath, string? ownNamespace)
    {
        var uses = new List<RefUse>();
        Walk(spec.Params, isRequest: true, uses);
        if (spec.Result is { } result)
        {
            Add(result.Ref, result.RefPosition, isRequest: false, uses);
            Walk(result.Fields, isRequest: false, uses);
            Walk(result.Items, isRequest: false, uses);
        }

        return new FileRefs(filePath, ownNamespace, spec.Method, IsType: false, uses.ToEquatableArray());
    }

    public static FileRefs Object(ObjectSpec spec, string filePath, string? ownNamespace)
    {
        var uses = new List<RefUse>();
        Walk(spec.Fields, isRequest: false, uses);
        return new FileRefs(filePath, ownNamespace, spec.Id, IsType: true, uses.ToEquatableArray());
    }

    // Nesting is bounded by the reader (16 levels of fields/items), so recursion is safe here.
    private static void Walk(EquatableArray<ParamSpec> entries, bool isRequest, List<RefUse> uses)
    {
        foreach (var entry in entries)
        {
            Add(entry.Ref, entry.RefPosition, isRequest, uses);
            Walk(entry.Fields, isRequest, uses);
            Walk(entry.Items, isRequest, uses);
        }
    }

    private static void Add(string? id, SpecPosition position, bool isRequest, List<RefUse> uses)
    {
        if (id is not null)
        {
            uses.Add(new RefUse(id, isRequest, position.Line, position.Column));
        }
    }
}
