using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using BenchmarkDotNet.Attributes;
using Bitrix24.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Bitrix24.Benchmarks;

/// <summary>
/// The source generator alone, in process, over every spec under specs/: a first run (what a clean build pays for
/// generating, without compiling), and the incremental re-runs an IDE makes from a warm driver: after an edit to an
/// unrelated C# file (every step cached), after one spec's description changes (one output regenerated), and after
/// one spec is added.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _editedCompilation = null!;
    private ImmutableArray<AdditionalText> _specs;
    private AdditionalText _editedSpec = null!;
    private AdditionalText _addedSpec = null!;
    private GeneratorDriver _warm = null!;

    [GlobalSetup]
    public void Setup()
    {
        var files = Directory.GetFiles(Path.Combine(RepositoryRoot(), "specs"), "*.yaml", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}_overrides{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .OrderBy(path => path, StringComparer.Ordinal)
            .ToList();
        _specs = files.Select(path => (AdditionalText)new Spec(path, File.ReadAllText(path))).ToImmutableArray();

        var dealGet = (Spec)_specs.Single(spec => spec.Path.EndsWith("crm.deal.get.yaml", StringComparison.Ordinal));
        _editedSpec = new Spec(dealGet.Path, dealGet.Content.Replace("description:", "description: Edited.", StringComparison.Ordinal));
        _addedSpec = new Spec(dealGet.Path.Replace("crm.deal.get.yaml", "crm.deal.benchmark.yaml", StringComparison.Ordinal), dealGet.Content.Replace("crm.deal.get", "crm.deal.benchmark", StringComparison.Ordinal));

        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetDirectoryName(path) == Path.GetDirectoryName(typeof(object).Assembly.Location))
            .Append(typeof(Bitrix24.Client.Transport.IBitrix24Transport).Assembly.Location)
            .Select(path => MetadataReference.CreateFromFile(path));
        _compilation = CSharpCompilation.Create(
            "Consumer",
            [CSharpSyntaxTree.ParseText("namespace Consumer; public static class Code { public static int Answer() => 41; }")],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        _editedCompilation = _compilation.ReplaceSyntaxTree(
            _compilation.SyntaxTrees[0],
            CSharpSyntaxTree.ParseText("namespace Consumer; public static class Code { public static int Answer() => 42; }"));
        _warm = NewDriver().RunGenerators(_compilation);
        var generated = _warm.GetRunResult().GeneratedTrees.Length;
        if (generated < _specs.Length)
        {
            throw new InvalidOperationException($"The generator made {generated} files from {_specs.Length} specs: {string.Join("; ", _warm.GetRunResult().Diagnostics.Take(3))}");
        }
    }

    [Benchmark(Description = "first run, every spec")]
    public GeneratorDriver FirstRun() => NewDriver().RunGenerators(_compilation);

    [Benchmark(Description = "re-run, unrelated C# edit")]
    public GeneratorDriver UnrelatedEdit() => _warm.RunGenerators(_editedCompilation);

    [Benchmark(Description = "re-run, one spec edited")]
    public GeneratorDriver OneSpecEdited() => _warm.ReplaceAdditionalText(_specs.First(spec => spec.Path == _editedSpec.Path), _editedSpec).RunGenerators(_compilation);

    [Benchmark(Description = "re-run, one spec added")]
    public GeneratorDriver OneSpecAdded() => _warm.AddAdditionalTexts([_addedSpec]).RunGenerators(_compilation);

    private GeneratorDriver NewDriver()
        => CSharpGeneratorDriver.Create(
            [new SpecGenerator().AsSourceGenerator()],
            _specs,
            new CSharpParseOptions(LanguageVersion.Latest),
            new EverySpecOptions(),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Bitrix24.Generated.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Run the benchmarks from inside the repository.");
    }

    private sealed class Spec(string path, string content) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(content);

        public override string Path { get; } = path;

        public string Content { get; } = content;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    // Every additional file is a spec (Bitrix24Spec="true"), as the build files mark specs/**/*.yaml.
    private sealed class EverySpecOptions : AnalyzerConfigOptionsProvider
    {
        private static readonly AnalyzerConfigOptions Spec = new Options(new Dictionary<string, string> { [SpecGenerator.SpecMetadata] = "true" });

        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(new Dictionary<string, string>());

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Spec;
    }

    private sealed class Options(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, out string value)
        {
            var found = values.TryGetValue(key, out var text);
            value = text ?? string.Empty;
            return found;
        }
    }
}
