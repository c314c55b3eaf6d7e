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
/// (the first file by ordinal path wins) and lists the winners for the facade.
/// </summary>
internal static class MethodIndexer
{
    public static MethodIndex Index(ImmutableArray<MethodKey?> keys)
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

        var facade = winners.Values
            .Select(key => key.Facade)
            .OrderBy(entry => string.Join(".", entry.GroupPath), StringComparer.Ordinal)
            .ThenBy(entry => entry.MemberName, StringComparer.Ordinal)
            .ToEquatableArray();
        return new MethodIndex(excluded.ToEquatableArray(), facade, diagnostics.ToEquatableArray());
    }
}
