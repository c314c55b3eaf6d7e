using System.IO;
using System.Linq;
using Bitrix24.Tests.Shared;
using Microsoft.CodeAnalysis;

namespace Bitrix24.Generator.Tests;

/// <summary>
/// The client for every committed spec compiles without a single warning, nullable flow analysis included. The package
/// build of runtime/Bitrix24.Generated skips that analysis (it is the slowest pass over the generated code and its
/// result does not change the assembly), so this is where it runs.
/// </summary>
public sealed class AllSpecsTests
{
    [Fact]
    public void The_client_for_every_spec_compiles_without_warnings_under_nullable_analysis()
    {
        var specs = RepositoryPaths.SpecFiles().Select(path => new SpecText(path, File.ReadAllText(path))).ToList();

        var result = GeneratorHarness.Run(specs);

        // Every method spec gives its file; a type file gives one only when a method reaches it.
        var methods = specs.Count(spec => spec.Text.StartsWith("method:", System.StringComparison.Ordinal));
        var types = specs.Count - methods;
        var sources = result.Sources.Where(source => !source.HintName.StartsWith("Bitrix24.", System.StringComparison.Ordinal)).ToList();
        Assert.True(methods > 1000, $"expected the whole API under specs/, found {methods} method specs");
        Assert.Equal(methods, sources.Count(source => !source.HintName.EndsWith(".Type.g.cs", System.StringComparison.Ordinal)));
        Assert.InRange(sources.Count(source => source.HintName.EndsWith(".Type.g.cs", System.StringComparison.Ordinal)), 0, types);
        Assert.Empty(result.CompilationDiagnostics.Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning).Select(diagnostic => diagnostic.ToString()));
    }
}
