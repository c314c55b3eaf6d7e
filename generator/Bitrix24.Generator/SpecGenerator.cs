using System;
using System.Linq;
using Bitrix24.Generator.Emitting;
using Bitrix24.Generator.Model;
using Bitrix24.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Bitrix24.Generator;

/// <summary>
/// Generates the typed Bitrix24 client from YAML method specs and type files: AdditionalFiles with the item metadata
/// <c>Bitrix24Spec="true"</c> (other YAML in the project is left alone). Each spec becomes its own file, and so does each
/// type a generated method reaches; only the facade (method names), the type catalog (type ids) and reachability (refs)
/// depend on all files, and a method's file depends on the catalog alone, never on a type's fields.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class SpecGenerator : IIncrementalGenerator
{
    /// <summary>The AdditionalFiles metadata that marks a spec.</summary>
    public const string SpecMetadata = "build_metadata.AdditionalFiles.Bitrix24Spec";

    /// <summary>The AdditionalFiles metadata that gives one spec its own root namespace.</summary>
    public const string NamespaceMetadata = "build_metadata.AdditionalFiles.Bitrix24Namespace";

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var settings = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => ReadSettings(options.GlobalOptions))
            .WithTrackingName(TrackingNames.Settings);

        var parsed = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(static pair => IsSpec(pair.Right.GetOptions(pair.Left)))
            .Select(static (pair, cancellationToken) => SpecFile.Read(pair.Left, OwnNamespace(pair.Right.GetOptions(pair.Left)), cancellationToken))
            .WithTrackingName(TrackingNames.SpecFiles)
            .Select(static (file, _) => SpecParser.Parse(file))
            .WithTrackingName(TrackingNames.Parsed);

        // A split client's compilations all see every spec: a file's diagnostics are reported by the part that generates it.
        context.RegisterSourceOutput(parsed.Select(static (spec, _) => (spec.Diagnostics, Group: GroupOf(spec))).Combine(settings), static (output, input) =>
        {
            if (input.Right.Owns(input.Left.Group))
            {
                foreach (var diagnostic in input.Left.Diagnostics)
                {
                    output.ReportDiagnostic(diagnostic.ToDiagnostic());
                }
            }
        });

        // No Where() on per-spec values: a filter whose input flips between kept and dropped loses other
        // entries' outputs in some Roslyn versions (seen with 4.14 under the fuzz test). Nulls are dropped later.
        var typeKeys = parsed
            .Select(static (spec, _) => spec.ObjectKey)
            .WithTrackingName(TrackingNames.TypeKeys)
            .Collect();
        var index = parsed
            .Select(static (spec, _) => spec.Key)
            .WithTrackingName(TrackingNames.Keys)
            .Collect()
            .Combine(typeKeys)
            .Combine(settings)
            .Select(static (input, _) => MethodIndexer.Index(input.Left.Left, input.Left.Right, input.Right))
            .WithTrackingName(TrackingNames.Index);

        context.RegisterSourceOutput(index.Select(static (value, _) => value.Diagnostics), static (output, diagnostics) =>
        {
            foreach (var diagnostic in diagnostics)
            {
                output.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });

        var excluded = index.Select(static (value, _) => value.Excluded).WithTrackingName(TrackingNames.Excluded);
        var typeIds = index.Select(static (value, _) => value.Types).WithTrackingName(TrackingNames.TypeIds);
        var references = parsed.Select(static (spec, _) => spec.Refs).WithTrackingName(TrackingNames.References);

        context.RegisterSourceOutput(parsed.Select(static (spec, _) => (spec.Refs, Group: GroupOf(spec))).Combine(typeIds).Combine(settings), static (output, input) =>
        {
            var (((refs, group), catalog), settings) = input;
            if (settings.Owns(group))
            {
                foreach (var diagnostic in ReachabilityBuilder.UnknownRefs(refs, catalog).Concat(ReachabilityBuilder.HiddenRefs(refs, catalog, settings)))
                {
                    output.ReportDiagnostic(diagnostic.ToDiagnostic());
                }
            }
        });

        // The types this compilation may name: in a part of a split client, its own and its dependencies'.
        var visibleTypeIds = typeIds
            .Combine(settings)
            .Select(static (input, _) => input.Right.Part is null ? input.Left : input.Left.Where(entry => input.Right.Sees(ClientPart.GroupOfType(entry.Id))));

        var reachable = references
            .Collect()
            .Combine(excluded)
            .Combine(typeIds)
            .Select(static (input, _) => ReachabilityBuilder.Of(input.Left.Left, input.Left.Right, input.Right))
            .WithTrackingName(TrackingNames.Reachable);
        var types = parsed
            .Select(static (spec, _) => spec.Object is null || spec.ObjectKey is null ? null : new ObjectOutput(spec.Object, spec.ObjectKey.FilePath))
            .Combine(reachable)
            .Combine(visibleTypeIds)
            .Select(static (input, _) => ReachabilityBuilder.TypeFile(input.Left.Left, input.Left.Right, input.Right))
            .Combine(settings)
            .WithTrackingName(TrackingNames.Types);

        context.RegisterSourceOutput(types, static (output, input) =>
        {
            if (input.Left is { } type && input.Right.Owns(ClientPart.GroupOfType(type.Model.Id)))
            {
                output.AddSource(type.Model.HintName, ObjectEmitter.Emit(type, input.Right));
            }
        });

        var methods = parsed
            .Select(static (spec, _) => spec.Model is null || spec.Key is null ? null : new MethodOutput(spec.Model, spec.Key.FilePath))
            .Combine(visibleTypeIds)
            .Select(static (input, _) => input.Left is { } method ? method with { Model = RefResolver.Resolve(method.Model, input.Right) } : null)
            .WithTrackingName(TrackingNames.Resolved)
            .Combine(excluded)
            .Combine(settings)
            .WithTrackingName(TrackingNames.Methods);

        context.RegisterSourceOutput(methods, static (output, input) =>
        {
            var ((method, excluded), settings) = input;
            if (method is not null && !excluded.Files.Contains(method.FilePath) && settings.Owns(ClientPart.GroupOf(method.Model.Facade)))
            {
                var omitted = excluded.Members.Where(member => member.FilePath == method.FilePath).Select(member => member.MemberName).ToList();
                output.AddSource(method.Model.HintName, MethodEmitter.Emit(method.Model, settings, omitted));
            }
        });

        var facade = index
            .Select(static (value, _) => value.Facade)
            .Combine(settings)
            .WithTrackingName(TrackingNames.Facade);

        context.RegisterSourceOutput(facade, static (output, input) =>
        {
            foreach (var (hintName, source) in FacadeEmitter.EmitAll(input.Left, input.Right))
            {
                output.AddSource(hintName, source);
            }
        });

        var polyfills = context.CompilationProvider
            .Select(static (compilation, _) => new PolyfillNeeds(
                IsExternalInit: !HasType(compilation, "System.Runtime.CompilerServices.IsExternalInit"),
                RequiredMember: !HasType(compilation, "System.Runtime.CompilerServices.RequiredMemberAttribute"),
                CompilerFeatureRequired: !HasType(compilation, "System.Runtime.CompilerServices.CompilerFeatureRequiredAttribute"),
                SetsRequiredMembers: !HasType(compilation, "System.Diagnostics.CodeAnalysis.SetsRequiredMembersAttribute")))
            .Combine(index.Select(static (value, _) => !value.Facade.IsEmpty))
            .WithTrackingName(TrackingNames.Polyfills);

        context.RegisterSourceOutput(polyfills, static (output, input) =>
        {
            if (input.Left.Any && input.Right)
            {
                output.AddSource(GeneratedNames.PolyfillsHint, PolyfillEmitter.Emit(input.Left));
            }
        });
    }

    // The top-level group that decides which part of a split client generates a file (null: the root client's or a broken file's).
    private static string? GroupOf(ParsedSpec spec)
        => spec.Key is { } method ? ClientPart.GroupOf(method.Facade) : spec.ObjectKey is { } type ? ClientPart.GroupOfType(type.Id) : null;

    private static bool IsSpec(AnalyzerConfigOptions options)
        => options.TryGetValue(SpecMetadata, out var value) && string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);

    // A spec file may name its own root namespace (item metadata Bitrix24Namespace), so specs bundled in the package
    // and a project's own specs for the same method never clash.
    private static string? OwnNamespace(AnalyzerConfigOptions options)
        => options.TryGetValue(NamespaceMetadata, out var value) && value.Length > 0 && value.Split('.').All(Identifiers.IsUsable) ? value : null;

    private static GeneratorSettings ReadSettings(AnalyzerConfigOptions options)
    {
        var ns = options.TryGetValue("build_property.Bitrix24Namespace", out var configuredNamespace)
                 && configuredNamespace.Split('.').All(Identifiers.IsUsable)
            ? configuredNamespace
            : GeneratorSettings.DefaultNamespace;
        var client = options.TryGetValue("build_property.Bitrix24ClientName", out var configuredClient) && Identifiers.IsUsable(configuredClient)
            ? configuredClient
            : GeneratorSettings.DefaultClientName;
        var part = options.TryGetValue("build_property.Bitrix24Part", out var configuredPart) && configuredPart.Trim().Length > 0
            ? new ClientPart(configuredPart.Trim(), PartitionParser.Parse(options.TryGetValue("build_property.Bitrix24Parts", out var partition) ? partition : null))
            : null;
        return new GeneratorSettings(ns, client, part);
    }

    private static bool HasType(Compilation compilation, string metadataName)
        => compilation.GetTypesByMetadataName(metadataName).Any(type => compilation.IsSymbolAccessibleWithin(type, compilation.Assembly));
}
