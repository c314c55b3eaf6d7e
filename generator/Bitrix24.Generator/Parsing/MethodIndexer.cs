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
/// The only step that sees every spec, and it sees their keys alone: finds duplicate methods and C# name clashes
/// (the first file by ordinal path wins: same types, a taken paging member, any name taken in its scope) and lists
/// the winners for the facade.
/// </summary>
internal static class MethodIndexer
{
    public static MethodIndex Index(ImmutableArray<MethodKey?> keys, GeneratorSettings settings)
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

        var omitted = OmitTakenListMembers(winners.Values, diagnostics);
        var refused = RefuseTakenNames(winners.Values, omitted, settings, diagnostics);
        excluded.AddRange(refused.Select(key => key.FilePath));
        var facade = winners.Values
            .Where(key => !refused.Contains(key))
            .Select(key => key.Facade)
            .OrderBy(entry => string.Join(".", entry.GroupPath), StringComparer.Ordinal)
            .ThenBy(entry => entry.MemberName, StringComparer.Ordinal)
            .ToEquatableArray();
        return new MethodIndex(new MethodExclusions(excluded.ToEquatableArray(), omitted.ToEquatableArray()), facade, diagnostics.ToEquatableArray());
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

    // Every name a spec declares outside its own types, against every other in its scope (NameScopes); the later file loses.
    private static HashSet<MethodKey> RefuseTakenNames(IEnumerable<MethodKey> winners, List<OmittedMember> omitted, GeneratorSettings settings, List<DiagnosticInfo> diagnostics)
    {
        var ordered = winners.OrderBy(key => key.FilePath, StringComparer.Ordinal).ToList();
        var scopes = new NameScopes(settings, ordered.Select(key => key.Facade.Root).Distinct());
        var refused = new HashSet<MethodKey>();
        foreach (var key in ordered)
        {
            var paging = key.ListMembers.Where(member => !omitted.Contains(new OmittedMember(key.FilePath, member))).ToList();
            if (scopes.Claim(key, paging) is { } diagnostic)
            {
                diagnostics.Add(diagnostic);
                refused.Add(key);
            }
        }

        return refused;
    }

    private static string Slot(MethodKey key, string member) => $"{key.Facade.Root}|{string.Join(".", key.Facade.GroupPath)}|{member}";
}
