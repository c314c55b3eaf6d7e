using System.Linq;
using Bitrix24.Specs.Reading;
using Microsoft.CodeAnalysis;

namespace Bitrix24.Generator.Tests;

/// <summary>
/// Spec text is hostile input: every breakout string in every text field of a spec, all in one compilation with XML
/// docs diagnosed, gives no warning and no injected code.
/// </summary>
public sealed class EmitSafetyTests
{
    [Fact]
    public void No_breakout_in_any_spec_text_leaves_a_comment_or_literal()
    {
        var specs = Breakouts.All
            .Select((breakout, i) => new SpecText($"/specs/breakout{i}.yaml", Breakouts.Spec($"test.breakout{i}.get", breakout.Text)))
            .ToList();
        foreach (var (spec, (name, text)) in specs.Zip(Breakouts.All))
        {
            var read = SpecReader.Read(spec.Text).Spec;
            Assert.True(read is not null, $"{name}: the spec did not read");
            Assert.Equal(Breakouts.Hostile(text), read.Summary);
            Assert.Equal(Breakouts.Hostile(text), read.Result!.Description);
            Assert.EndsWith(text, read.Params[0].Name, System.StringComparison.Ordinal);
            Assert.Equal(Breakouts.Hostile(text), read.Errors[2].Message);
        }

        var compilation = GeneratorHarness.Compilation([]);
        GeneratorHarness.Driver(specs, documentation: DocumentationMode.Diagnose)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics, TestContext.Current.CancellationToken);

        Assert.Empty(generatorDiagnostics.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error || diagnostic.Id.StartsWith("CS", System.StringComparison.Ordinal)));
        Assert.Empty(output.GetDiagnostics(TestContext.Current.CancellationToken).Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning).Select(diagnostic => diagnostic.ToString()));
        var generated = output.SyntaxTrees.Skip(compilation.SyntaxTrees.Length).ToList();
        Assert.Equal(specs.Count + 1, generated.Count);
        Assert.All(generated, Breakouts.AssertNoInjection);
        Assert.Empty(output.GetSymbolsWithName(name => name is "Pwned" or "Run", SymbolFilter.TypeAndMember, TestContext.Current.CancellationToken));
    }
}
