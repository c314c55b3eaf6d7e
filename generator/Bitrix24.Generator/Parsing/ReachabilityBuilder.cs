using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Bitrix24.Generator.Diagnostics;
using Bitrix24.Generator.Model;
using Bitrix24.Specs.Model;

namespace Bitrix24.Generator.Parsing;

/// <summary>
/// Which types generated methods reach, and from which side (D5): the refs of every method that generates are the
/// roots; a type reached from results reaches its own refs from results, one reached from params reaches them from
/// params. A breadth-first walk, linear in the refs, with no recursion.
/// </summary>
internal static class ReachabilityBuilder
{
    public static Reachability Of(ImmutableArray<FileRefs?> files, MethodExclusions excluded, TypeCatalog catalog)
    {
        var excludedFiles = new HashSet<string>(excluded.Files, StringComparer.Ordinal);
        var typeRefs = new Dictionary<TypeEntry, FileRefs>();
        var reached = new Dictionary<TypeEntry, (bool Result, bool Input)>();
        var queue = new Queue<(TypeEntry Type, bool IsRequest)>();
        foreach (var refs in files.OfType<FileRefs>())
        {
            if (refs.IsType)
            {
                if (catalog.Find(refs.Root, refs.Owner) is { } entry && entry.FilePath == refs.FilePath)
                {
                    typeRefs[entry] = refs;
                }
            }
            else if (!excludedFiles.Contains(refs.FilePath))
            {
                Reach(refs, refs.Uses.Select(use => use.IsRequest), catalog, reached, queue);
            }
        }

        while (queue.Count > 0)
        {
            var (type, isRequest) = queue.Dequeue();
            if (typeRefs.TryGetValue(type, out var refs))
            {
                Reach(refs, refs.Uses.Select(_ => isRequest), catalog, reached, queue);
            }
        }

        var types = reached
            .Select(pair => new Reach(pair.Key.Root, pair.Key.Id, pair.Value.Result, pair.Value.Input))
            .ToList();
        types.Sort((left, right) => TypeCatalog.Compare(left.Root, left.Id, right.Root, right.Id));
        return new Reachability(types.ToEquatableArray());
    }

    /// <summary>The type file to emit, or null: a file that is not its id's catalog entry, or a type no method reaches.</summary>
    public static TypeFile? TypeFile(ObjectOutput? output, Reachability reachability, TypeCatalog catalog)
    {
        if (output is null || catalog.Find(output.Model.Root, output.Model.Id) is not { } entry || entry.FilePath != output.FilePath
            || TypeCatalog.Search(reachability.Types, entry.Root, entry.Id, static reach => (reach.Root, reach.Id)) is not { } reach)
        {
            return null;
        }

        return new TypeFile(RefResolver.Resolve(output.Model, entry, catalog), reach.Result, reach.Input);
    }

    /// <summary>BX0017 for each ref of a file that names no type in its root namespace.</summary>
    public static IEnumerable<DiagnosticInfo> UnknownRefs(FileRefs? refs, TypeCatalog catalog)
        => refs is null
            ? []
            : refs.Uses
                .Where(use => catalog.Find(refs.Root, use.Id) is null)
                .Select(use => DiagnosticInfo.Create(
                    DiagnosticDescriptors.UnknownRef, refs.FilePath, use.Line, use.Column, refs.Owner, use.Id, refs.Root is null ? "the project's root namespace" : $"the root namespace {refs.Root}"));

    /// <summary>BX0023 for each ref of a file to a type that another part of a split client generates, one this part does not reference.</summary>
    public static IEnumerable<DiagnosticInfo> HiddenRefs(FileRefs? refs, TypeCatalog catalog, GeneratorSettings settings)
    {
        if (refs is null || settings.Part is not { } part)
        {
            return [];
        }

        return refs.Uses
            .Where(use => catalog.Find(refs.Root, use.Id) is not null && !part.Sees(ClientPart.GroupOfType(use.Id)))
            .Select(use => DiagnosticInfo.Create(
                DiagnosticDescriptors.RefToHiddenPart, refs.FilePath, use.Line, use.Column, refs.Owner, use.Id, part.OwnerOf(ClientPart.GroupOfType(use.Id)) ?? ClientPart.FacadeName, part.Name));
    }

    private static void Reach(FileRefs refs, IEnumerable<bool> sides, TypeCatalog catalog, Dictionary<TypeEntry, (bool Result, bool Input)> reached, Queue<(TypeEntry Type, bool IsRequest)> queue)
    {
        foreach (var (use, isRequest) in refs.Uses.Zip(sides, (use, side) => (use, side)))
        {
            if (catalog.Find(refs.Root, use.Id) is not { } entry)
            {
                continue;
            }

            reached.TryGetValue(entry, out var flags);
            if (isRequest ? flags.Input : flags.Result)
            {
                continue;
            }

            reached[entry] = isRequest ? (flags.Result, true) : (true, flags.Input);
            queue.Enqueue((entry, isRequest));
        }
    }
}
