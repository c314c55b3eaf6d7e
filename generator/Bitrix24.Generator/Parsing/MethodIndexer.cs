using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Bitrix24.Generator.Diagnostics;
using Bitrix24.Generator.Model;
using Bitrix24.Specs.Model;

namespace Bitrix24.Generator.Parsing;

/// <summary>
/// The only step that sees every spec and type file, and it sees their keys alone: finds duplicate methods and types and
/// C# name clashes (the first file by ordinal path wins: same types, a taken paging member, any name taken in its scope),
/// cycles of required refs, and lists the winners: methods for the facade, types for the catalog refs resolve against.
/// </summary>
internal static class MethodIndexer
{
    public static MethodIndex Index(ImmutableArray<MethodKey?> keys, ImmutableArray<ObjectKey?> objectKeys, GeneratorSettings settings)
    {
        // Hint names are unique ignoring case (and so are file names on some disks): so are identities.
        var winners = new Dictionary<string, MethodKey>(StringComparer.OrdinalIgnoreCase);
        var excluded = new List<string>();
        var diagnostics = new List<DiagnosticInfo>();
        foreach (var key in keys.OfType<MethodKey>().OrderBy(key => key.FilePath, StringComparer.Ordinal))
        {
            if (!winners.TryGetValue(key.Identity, out var winner))
            {
                winners.Add(key.Identity, key);
                continue;
            }

            excluded.Add(key.FilePath);
            var rest = key.Rest.ToString(CultureInfo.InvariantCulture);
            diagnostics.Add(winner.Method == key.Method && winner.Rest == key.Rest
                ? DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateMethod, key.FilePath, key.Line, key.Column, key.Method, rest, winner.FilePath)
                : DiagnosticInfo.Create(DiagnosticDescriptors.MethodNameCollision, key.FilePath, key.Line, key.Column, key.Method, rest, winner.Method, winner.FilePath));
        }

        var types = FirstOfEachType(objectKeys, diagnostics);
        var omitted = OmitTakenListMembers(winners.Values, diagnostics);
        var refused = RefuseTakenNames(winners.Values, types, omitted, settings, diagnostics);
        excluded.AddRange(refused.OfType<MethodKey>().Select(key => key.FilePath));
        var facade = winners.Values
            .Where(key => !refused.Contains(key))
            .Select(key => key.Facade)
            .OrderBy(entry => string.Join(".", entry.GroupPath), StringComparer.Ordinal)
            .ThenBy(entry => entry.MemberName, StringComparer.Ordinal)
            .ToEquatableArray();
        var catalog = Catalog(types.Where(key => !refused.Contains(key)).ToList(), settings, diagnostics);
        var reported = settings.Part is null ? diagnostics : OwnDiagnostics(diagnostics, keys, objectKeys, settings);
        return new MethodIndex(new MethodExclusions(excluded.ToEquatableArray(), omitted.ToEquatableArray()), facade, catalog, reported.ToEquatableArray());
    }

    // Every compilation of a split client sees every file: each reports the clashes of the files it generates.
    private static List<DiagnosticInfo> OwnDiagnostics(List<DiagnosticInfo> diagnostics, ImmutableArray<MethodKey?> keys, ImmutableArray<ObjectKey?> objectKeys, GeneratorSettings settings)
    {
        var groups = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var key in keys.OfType<MethodKey>())
        {
            groups[key.FilePath] = ClientPart.GroupOf(key.Facade);
        }

        foreach (var key in objectKeys.OfType<ObjectKey>())
        {
            groups[key.FilePath] = ClientPart.GroupOfType(key.Id);
        }

        return diagnostics.Where(diagnostic => settings.Owns(groups.TryGetValue(diagnostic.FilePath, out var group) ? group : null)).ToList();
    }

    // One type per id and root: the first file by ordinal path; a later one is BX0021.
    private static List<ObjectKey> FirstOfEachType(ImmutableArray<ObjectKey?> keys, List<DiagnosticInfo> diagnostics)
    {
        var first = new Dictionary<(string? Root, string Id), ObjectKey>();
        foreach (var key in keys.OfType<ObjectKey>().OrderBy(key => key.FilePath, StringComparer.Ordinal))
        {
            if (first.TryGetValue((key.Root, key.Id), out var winner))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateType, key.FilePath, key.Line, key.Column, key.Id, winner.FilePath));
                continue;
            }

            first.Add((key.Root, key.Id), key);
        }

        return first.Values.OrderBy(key => key.FilePath, StringComparer.Ordinal).ToList();
    }

    private static TypeCatalog Catalog(List<ObjectKey> types, GeneratorSettings settings, List<DiagnosticInfo> diagnostics)
    {
        var optional = RequiredCycles.Break(types, diagnostics);
        var entries = types
            .Select(key =>
            {
                var ns = $"global::{key.Root ?? settings.RootNamespace}{(key.NamespaceSuffix.Length == 0 ? string.Empty : "." + key.NamespaceSuffix)}.";
                var members = optional.TryGetValue(key, out var list) ? list.ToEquatableArray() : EquatableArray<string>.Empty;
                return new TypeEntry(key.Root, key.Id, key.FilePath, ns + key.ClassName, ns + key.InputName, members);
            })
            .ToList();
        entries.Sort((left, right) => TypeCatalog.Compare(left.Root, left.Id, right.Root, right.Id));
        return new TypeCatalog(entries.ToEquatableArray());
    }

    // A list method's paging members (ListAllAsync, ListBulkAsync) never take a name another member of the group has:
    // ordinary members keep theirs, and among paging members the first file by ordinal path wins.
    private static List<OmittedMember> OmitTakenListMembers(IEnumerable<MethodKey> winners, List<DiagnosticInfo> diagnostics)
    {
        var ordered = winners.OrderBy(key => key.FilePath, StringComparer.Ordinal).ToList();
        var owners = new Dictionary<string, MethodKey>(StringComparer.Ordinal);
        foreach (var key in ordered)
        {
            owners[Slot(key, key.Facade.MemberName)] = key;
        }

        var omitted = new List<OmittedMember>();
        foreach (var key in ordered)
        {
            foreach (var member in key.ListMembers)
            {
                var slot = Slot(key, member);
                if (owners.TryGetValue(slot, out var owner))
                {
                    omitted.Add(new OmittedMember(key.FilePath, member));
                    var rest = key.Rest.ToString(CultureInfo.InvariantCulture);
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ListMemberTaken, key.FilePath, key.Line, key.Column, key.Method, rest, member, owner.Method));
                    continue;
                }

                owners.Add(slot, key);
            }
        }

        return omitted;
    }

    // Every name a spec declares outside its own types, and every name of a type, against every other in its scope
    // (NameScopes): methods and types claim in one ordinal file order, and the later file loses.
    private static HashSet<object> RefuseTakenNames(IEnumerable<MethodKey> winners, List<ObjectKey> types, List<OmittedMember> omitted, GeneratorSettings settings, List<DiagnosticInfo> diagnostics)
    {
        var methods = winners.Select(key => (key.FilePath, Key: (object)key));
        var ordered = methods.Concat(types.Select(key => (key.FilePath, Key: (object)key))).OrderBy(entry => entry.FilePath, StringComparer.Ordinal).ToList();
        var roots = winners.Select(key => key.Facade.Root).Concat(types.Select(key => key.Root)).Distinct();
        var scopes = new NameScopes(settings, roots);
        var refused = new HashSet<object>();
        foreach (var (_, key) in ordered)
        {
            var diagnostic = key switch
            {
                MethodKey method => scopes.Claim(method, method.ListMembers.Where(member => !omitted.Contains(new OmittedMember(method.FilePath, member))).ToList()),
                _ => scopes.Claim((ObjectKey)key),
            };
            if (diagnostic is not null)
            {
                diagnostics.Add(diagnostic);
                refused.Add(key);
            }
        }

        return refused;
    }

    private static string Slot(MethodKey key, string member) => $"{key.Facade.Root}|{string.Join(".", key.Facade.GroupPath)}|{member}";
}
