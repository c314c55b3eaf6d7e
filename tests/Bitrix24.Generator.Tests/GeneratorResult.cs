using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Bitrix24.Generator.Tests;

internal sealed record GeneratorResult(GeneratorDriverRunResult Run, ImmutableArray<Diagnostic> GeneratorDiagnostics, ImmutableArray<Diagnostic> CompilationDiagnostics)
{
    public IEnumerable<GeneratedSourceResult> Sources => Run.Results.SelectMany(result => result.GeneratedSources);

    public string Source(string hintName) => Sources.Single(source => source.HintName == hintName).SourceText.ToString();

    public IEnumerable<Diagnostic> Errors => CompilationDiagnostics.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
}
