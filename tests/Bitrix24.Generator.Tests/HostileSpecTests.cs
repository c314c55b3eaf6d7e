using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Bitrix24.Generator.Tests;

/// <summary>Every hostile spec in <c>HostileSpecs/</c>, all in one compilation with XML docs diagnosed and emitted: exactly the expected BX diagnostics, never a C# one.</summary>
public sealed class HostileSpecTests
{
    [Fact]
    public void Each_hostile_spec_gives_its_expected_diagnostics_and_the_code_compiles_without_warnings()
    {
        var specs = HostileSpecs.Files().Select(file => new SpecText(file, File.ReadAllText(file))).ToList();
        var compilation = GeneratorHarness.Compilation([]);

        GeneratorHarness.Driver(specs, documentation: DocumentationMode.Diagnose)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics, TestContext.Current.CancellationToken);

        HostileSpecs.AssertExpected(HostileSpecs.Reported(generatorDiagnostics));
        Assert.Empty(output.GetDiagnostics(TestContext.Current.CancellationToken).Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning).Select(diagnostic => diagnostic.ToString()));

        // Some errors (CS7013, a name too long for metadata) come only at emit, which a build with BX errors never reaches.
        using var assembly = new MemoryStream();
        Assert.Empty(output.Emit(assembly, cancellationToken: TestContext.Current.CancellationToken).Diagnostics.Select(diagnostic => diagnostic.ToString()));
        Assert.All(output.SyntaxTrees.Skip(compilation.SyntaxTrees.Length), Breakouts.AssertNoInjection);
    }
}
