using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using Bitrix24.Generator;
using Bitrix24.Tests.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Bitrix24.Generator.Tests;

/// <summary>Runs the generator in memory over spec texts and C# sources, as the compiler would.</summary>
internal static class GeneratorHarness
{
    // The shared framework the tests run on, plus the runtime: what a net10.0 consumer compiles against.
    private static readonly Lazy<ImmutableArray<MetadataReference>> Net10References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetDirectoryName(path) == Path.GetDirectoryName(typeof(object).Assembly.Location))
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .Append(MetadataReference.CreateFromFile(typeof(Bitrix24.Client.Transport.IBitrix24Transport).Assembly.Location))
            .ToImmutableArray());

    private static readonly Lazy<ImmutableArray<MetadataReference>> NetStandard20References = new(LoadNetStandard20References);

    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest);

    public static CSharpCompilation Compilation(IEnumerable<string> sources, bool netStandard = false, LanguageVersion language = LanguageVersion.Latest)
        => CSharpCompilation.Create(
            "Consumer",
            sources.Select(source => CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(language), path: "Consumer.cs")),
            netStandard ? NetStandard20References.Value : Net10References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
                .WithSpecificDiagnosticOptions(SdkSuppressions));

    // The SDK's own NoWarn: assembly-version unification notes.
    private static readonly ImmutableDictionary<string, ReportDiagnostic> SdkSuppressions =
        ImmutableDictionary<string, ReportDiagnostic>.Empty.Add("CS1701", ReportDiagnostic.Suppress).Add("CS1702", ReportDiagnostic.Suppress);

    /// <summary>
    /// The driver; <paramref name="documentation"/> <see cref="DocumentationMode.Diagnose"/> reports malformed XML docs in
    /// generated code (CS1570...). Roslyn's step tracking costs time quadratic in the number of files (2,000 type files:
    /// 12 s tracked, 1 s not), so tests of scale turn it off with <paramref name="trackSteps"/>; a real build never tracks.
    /// </summary>
    public static GeneratorDriver Driver(IEnumerable<AdditionalText> specs, IReadOnlyDictionary<string, string>? globalOptions = null, LanguageVersion language = LanguageVersion.Latest, DocumentationMode documentation = DocumentationMode.Parse, bool trackSteps = true)
    {
        var texts = specs.Select(spec => (AdditionalText)spec).ToImmutableArray();
        return CSharpGeneratorDriver.Create(
            [new SpecGenerator().AsSourceGenerator()],
            texts,
            new CSharpParseOptions(language, documentation),
            new OptionsProvider(globalOptions),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));
    }

    /// <summary>Runs the generator and compiles its output with <paramref name="sources"/>.</summary>
    public static GeneratorResult Run(IEnumerable<AdditionalText> specs, IEnumerable<string>? sources = null, bool netStandard = false, LanguageVersion language = LanguageVersion.Latest)
    {
        var compilation = Compilation(sources ?? [], netStandard, language);
        var driver = Driver(specs, language: language).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        return new GeneratorResult(driver.GetRunResult(), generatorDiagnostics, output.GetDiagnostics());
    }

    private static readonly string[] SeedMethods =
    [
        "crm.activity.binding.move", "crm.activity.binding.add", "crm.contact.company.items.set", "crm.activity.update", "crm.deal.get",
    ];

    /// <summary>The five committed seed specs.</summary>
    public static IReadOnlyList<SpecText> CommittedSpecs()
        => RepositoryPaths.SpecFiles()
            .Where(path => Path.GetFileName(Path.GetDirectoryName(path)) == "crm" && SeedMethods.Contains(Path.GetFileNameWithoutExtension(path)))
            .Select(path => new SpecText(path, File.ReadAllText(path)))
            .ToList();

    /// <summary>The committed crm type files (the generator emits only those the methods it is given reach).</summary>
    public static IReadOnlyList<SpecText> CommittedCrmTypes()
        => RepositoryPaths.SpecFiles()
            .Where(path => Path.GetFileName(Path.GetDirectoryName(path)) == "_types" && Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(path))) == "crm")
            .Select(path => new SpecText(path, File.ReadAllText(path)))
            .ToList();

    private static ImmutableArray<MetadataReference> LoadNetStandard20References()
    {
        var client = Path.Combine(RepositoryPaths.Root, "runtime", "Bitrix24.Client");
        var clientDll = Path.Combine(client, "bin", RepositoryPaths.Configuration, "netstandard2.0", "Bitrix24.Client.dll");
        using var assets = JsonDocument.Parse(File.ReadAllText(Path.Combine(client, "obj", "project.assets.json")));
        var packageRoot = assets.RootElement.GetProperty("packageFolders").EnumerateObject().First().Name;
        var packages = assets.RootElement.GetProperty("targets").GetProperty("netstandard2.0").EnumerateObject()
            .Where(package => package.Value.TryGetProperty("compile", out _))
            .SelectMany(package => package.Value.GetProperty("compile").EnumerateObject()
                .Where(file => file.Name.EndsWith(".dll", StringComparison.Ordinal))
                .Select(file => Path.Combine(packageRoot, package.Name.ToLowerInvariant(), file.Name)));
        return Basic.Reference.Assemblies.NetStandard20.References.All
            .Concat(packages.Append(clientDll).Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)))
            .ToImmutableArray();
    }

    // Every additional text is a spec (Bitrix24Spec="true") unless it is a SpecText that says otherwise.
    private sealed class OptionsProvider(IReadOnlyDictionary<string, string>? global) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(global ?? new Dictionary<string, string>());

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => textFile switch
        {
            SpecText { IsSpec: false } => Options.Empty,
            SpecText { Namespace: { } ns } => new Options(new Dictionary<string, string> { [SpecGenerator.SpecMetadata] = "true", [SpecGenerator.NamespaceMetadata] = ns }),
            _ => Options.Spec,
        };
    }

    private sealed class Options(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly Options Empty = new(new Dictionary<string, string>());
        public static readonly Options Spec = new(new Dictionary<string, string> { [SpecGenerator.SpecMetadata] = "true" });

        public override bool TryGetValue(string key, out string value)
        {
            var found = values.TryGetValue(key, out var text);
            value = text ?? string.Empty;
            return found;
        }
    }
}
