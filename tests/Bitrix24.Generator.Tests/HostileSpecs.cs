using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Bitrix24.Generator.Diagnostics;
using Bitrix24.Tests.Shared;
using Microsoft.CodeAnalysis;

namespace Bitrix24.Generator.Tests;

/// <summary>
/// The small hostile specs in <c>HostileSpecs/</c>, one case each; a file's first line names the BX diagnostics it
/// must give, and only those (<c># expect: BX0011, BX0020</c> or <c># expect: none</c>).
/// </summary>
internal static class HostileSpecs
{
    public static string Folder { get; } = Path.Combine(RepositoryPaths.Root, "tests", "Bitrix24.Generator.Tests", "HostileSpecs");

    /// <summary>Every <c>*.yaml</c> in the folder, in ordinal order.</summary>
    public static IReadOnlyList<string> Files()
        => Directory.GetFiles(Folder, "*.yaml").Order(StringComparer.Ordinal).ToList();

    /// <summary>The ids a file's first line expects.</summary>
    public static SortedSet<string> Expected(string file)
    {
        const string prefix = "# expect:";
        var first = File.ReadLines(file).First();
        Assert.True(first.StartsWith(prefix, StringComparison.Ordinal), $"{file} does not start with '{prefix}'");
        var ids = first.Substring(prefix.Length).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new SortedSet<string>(ids.Where(id => id != "none"), StringComparer.Ordinal);
    }

    /// <summary>The files whose expected diagnostics are all warnings, so they still generate code.</summary>
    public static IReadOnlyList<string> Generating()
        => Files().Where(file => Expected(file).All(id => DiagnosticDescriptors.Find(id).DefaultSeverity == DiagnosticSeverity.Warning)).ToList();

    /// <summary>Asserts each file got exactly its expected ids, given the (file name, id) pairs reported.</summary>
    public static void AssertExpected(IEnumerable<(string FileName, string Id)> reported)
    {
        var byFile = reported.ToLookup(pair => pair.FileName, pair => pair.Id);
        var files = Files();
        Assert.All(files, file => Assert.Equal(string.Join(", ", Expected(file)), string.Join(", ", new SortedSet<string>(byFile[Path.GetFileName(file)], StringComparer.Ordinal))));
        Assert.Empty(byFile.Select(group => group.Key).Except(files.Select(Path.GetFileName)));
    }

    /// <summary>The BX diagnostics of a generator run, by the file they are on.</summary>
    public static IEnumerable<(string FileName, string Id)> Reported(IEnumerable<Diagnostic> diagnostics)
        => diagnostics.Select(diagnostic => (Path.GetFileName(diagnostic.Location.GetLineSpan().Path), diagnostic.Id));
}
