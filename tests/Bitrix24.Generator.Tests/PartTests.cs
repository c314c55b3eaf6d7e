using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Bitrix24.Generator.Tests;

/// <summary>
/// A client split into parts (<c>Bitrix24Part</c> over <c>Bitrix24Parts</c>): every compilation sees every spec and
/// generates only its share; the facade compilation generates the root client over the parts' assemblies; a ref to a
/// type of a part the referring part does not depend on is BX0023.
/// </summary>
public sealed class PartTests
{
    private const string WithDependency = "One=alpha | Two=beta>One | Rest=*";
    private const string WithoutDependency = "One=alpha | Two=beta | Rest=*";

    private const string AlphaItem = """
        object: alpha.item
        fields:
          - name: ID
            type: integer
            required: true
          - name: NAME
            type: string
            required: false
        """;

    private const string AlphaItemGet = """
        method: alpha.item.get
        kind: read
        params:
          - { name: id, type: integer, required: true }
        result:
          type: item
          ref: alpha.item
        """;

    // Refers to alpha's type from another part; the ref is on line 6, its value at column 10.
    private const string BetaThingGet = """
        method: beta.thing.get
        kind: read
        params:
          - name: item
            type: item
            ref: alpha.item
        result:
          type: item
          ref: alpha.item
        """;

    private const string GammaNoteAdd = """
        method: gamma.note.add
        params:
          - { name: text, type: string, required: true }
        result:
          type: integer
        """;

    private const string Consumer = """
        using Bitrix24.Generated;
        using Bitrix24.Generated.Alpha;
        using Bitrix24.Generated.Beta;
        using Bitrix24.Generated.Gamma;

        public static class Calls
        {
            public static async System.Threading.Tasks.Task<string?> Run(Bitrix24.Client.Transport.IBitrix24Transport transport)
            {
                IBitrix24Api api = new Bitrix24Api(transport);
                Item? item = (await api.Alpha.Item.GetAsync(new ItemGetRequest { Id = 1 })).Result;
                Item? same = (await api.Beta.Thing.GetAsync(new ThingGetRequest { Item = new ItemInput { Id = 2 } })).Result;
                long? note = (await api.Gamma.Note.AddAsync(new NoteAddRequest { Text = "x" })).Result;
                bool? admin = (await api.ProfileAsync()).Result?.Admin;
                return $"{item?.Name}{same?.Name}{note}{admin}";
            }
        }
        """;

    private static readonly SpecText[] Specs =
    [
        GeneratorSnapshotTests.Spec("alpha/_types/alpha.item.yaml", AlphaItem),
        GeneratorSnapshotTests.Spec("alpha/alpha.item.get.yaml", AlphaItemGet),
        GeneratorSnapshotTests.Spec("beta/beta.thing.get.yaml", BetaThingGet),
        GeneratorSnapshotTests.Spec("gamma/gamma.note.add.yaml", GammaNoteAdd),
        GeneratorSnapshotTests.Spec("profile.yaml", SyntheticSpecs.SingleSegment),
    ];

    [Fact]
    public void A_part_generates_only_the_methods_types_and_groups_of_its_own_groups()
    {
        var one = Build("One", WithDependency, []);

        Assert.Equal(["Alpha.Item.Type.g.cs", "Alpha.ItemGet.g.cs", "Bitrix24.Facade.g.cs"], Hints(one.Run));
        var facade = one.Run.Results.Single().GeneratedSources.Single(source => source.HintName == "Bitrix24.Facade.g.cs").SourceText.ToString();
        Assert.Contains("public sealed partial class AlphaMethods : IAlphaMethods", facade);
        Assert.Contains("public sealed partial class AlphaItemMethods : IAlphaItemMethods", facade);
        Assert.DoesNotContain("Bitrix24Api", facade);
        Assert.DoesNotContain("Beta", facade);
        Assert.Empty(one.Compilation.GetDiagnostics(TestContext.Current.CancellationToken).Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void The_parts_and_the_facade_as_separate_assemblies_keep_the_call_sites_of_the_single_assembly()
    {
        // A method reads another part's type through its internal reader: the parts grant their internals (the runtime's
        // Bitrix24.Generated.Parts.props does so with InternalsVisibleTo items).
        var grant = """[assembly: System.Runtime.CompilerServices.InternalsVisibleTo("Two")] [assembly: System.Runtime.CompilerServices.InternalsVisibleTo("facade")]""";
        var one = Build("One", WithDependency, [], grant);
        var two = Build("Two", WithDependency, [Reference(one)], grant);
        var rest = Build("Rest", WithDependency, [], grant);
        var facade = Build("facade", WithDependency, [Reference(one), Reference(two), Reference(rest)], Consumer);

        Assert.Equal(["Beta.ThingGet.g.cs", "Bitrix24.Facade.g.cs"], Hints(two.Run));
        Assert.Equal(["Bitrix24.Facade.g.cs", "Gamma.NoteAdd.g.cs"], Hints(rest.Run));
        Assert.Equal(["Bitrix24.Facade.g.cs", "Profile.g.cs"], Hints(facade.Run));
        Assert.All([one, two, rest, facade], part => Assert.Empty(part.GeneratorDiagnostics));
        Assert.Empty(facade.Compilation.GetDiagnostics(TestContext.Current.CancellationToken).Where(d => d.Severity >= DiagnosticSeverity.Warning));

        // The same specs and consumer in one compilation without Bitrix24Part: the whole client, as before the split.
        var whole = Build(null, WithDependency, [], Consumer);
        Assert.Empty(whole.Compilation.GetDiagnostics(TestContext.Current.CancellationToken).Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.Equal(
            Hints(whole.Run).Where(hint => hint != "Bitrix24.Facade.g.cs"),
            new[] { one, two, rest, facade }.SelectMany(part => Hints(part.Run)).Where(hint => hint != "Bitrix24.Facade.g.cs").Order());
    }

    [Fact]
    public void A_ref_to_a_type_of_a_part_not_depended_on_is_BX0023_at_the_ref_in_that_part_alone_and_the_value_stays_raw()
    {
        var two = Build("Two", WithoutDependency, []);

        var diagnostics = two.GeneratorDiagnostics.Where(d => d.Id == "BX0023").ToList();
        Assert.Equal(2, diagnostics.Count);
        var first = diagnostics.OrderBy(d => d.Location.GetLineSpan().StartLinePosition.Line).First();
        Assert.Equal("/specs/beta/beta.thing.get.yaml", first.Location.GetLineSpan().Path);
        Assert.Equal(new LinePositionPair(5, 9), LinePositionPair.Of(first));
        Assert.Contains("'alpha.item', which part 'One' generates; part 'Two'", first.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        var method = two.Run.Results.Single().GeneratedSources.Single(source => source.HintName == "Beta.ThingGet.g.cs").SourceText.ToString();
        Assert.DoesNotContain("Alpha.Item", method);
        Assert.Empty(two.Compilation.GetDiagnostics(TestContext.Current.CancellationToken).Where(d => d.Severity == DiagnosticSeverity.Error));

        Assert.DoesNotContain(Build("One", WithoutDependency, []).GeneratorDiagnostics, d => d.Id == "BX0023");
        Assert.DoesNotContain(Build("facade", WithoutDependency, []).GeneratorDiagnostics, d => d.Id == "BX0023");
        Assert.DoesNotContain(Build(null, WithoutDependency, []).GeneratorDiagnostics, d => d.Id == "BX0023");
    }

    [Fact]
    public void A_files_diagnostics_are_reported_by_the_part_that_generates_it_and_a_broken_file_by_the_facade()
    {
        SpecText[] specs =
        [
            .. Specs,
            GeneratorSnapshotTests.Spec("gamma/gamma.note.get.yaml", "method: gamma.note.get\nkind: read\nsurprise: 1\n"),
            GeneratorSnapshotTests.Spec("broken.yaml", "method: [\n"),
        ];

        var byPart = new[] { "One", "Two", "Rest", "facade" }.ToDictionary(part => part, part => Build(part, WithDependency, [], specs: specs).GeneratorDiagnostics.Select(d => d.Id).ToList());

        Assert.Equal(["BX0007"], byPart["Rest"]);
        Assert.Equal(["BX0001"], byPart["facade"]);
        Assert.Empty(byPart["One"]);
        Assert.Empty(byPart["Two"]);
    }

    [Fact]
    public void Editing_another_parts_spec_changes_nothing_a_part_generates()
    {
        var compilation = GeneratorHarness.Compilation([]);
        var driver = GeneratorHarness.Driver(Specs, Options("One", WithDependency)).RunGenerators(compilation, TestContext.Current.CancellationToken);
        var before = Texts(driver);
        var beta = Specs.Single(spec => spec.Path.EndsWith("beta.thing.get.yaml", System.StringComparison.Ordinal));
        var alpha = Specs.Single(spec => spec.Path.EndsWith("alpha.item.get.yaml", System.StringComparison.Ordinal));

        driver = driver.ReplaceAdditionalText(beta, new SpecText(beta.Path, beta.Text.Replace("name: item", "name: element"))).RunGenerators(compilation, TestContext.Current.CancellationToken);
        Assert.Equal(before, Texts(driver));

        driver = driver.ReplaceAdditionalText(alpha, new SpecText(alpha.Path, alpha.Text.Replace("name: id", "name: ident"))).RunGenerators(compilation, TestContext.Current.CancellationToken);
        var after = Texts(driver);
        Assert.Equal(["Alpha.ItemGet.g.cs"], before.Keys.Where(hint => before[hint] != after[hint]));
    }

    private static Dictionary<string, string> Options(string? part, string partition)
        => part is null ? [] : new() { ["build_property.Bitrix24Part"] = part, ["build_property.Bitrix24Parts"] = partition };

    private static PartBuild Build(string? part, string partition, IEnumerable<MetadataReference> references, string? consumer = null, SpecText[]? specs = null)
    {
        var compilation = GeneratorHarness.Compilation(consumer is null ? [] : [consumer]).WithAssemblyName(part ?? "Whole").AddReferences(references);
        var driver = GeneratorHarness.Driver(specs ?? Specs, Options(part, partition))
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics, TestContext.Current.CancellationToken);
        return new PartBuild((CSharpCompilation)output, driver.GetRunResult(), diagnostics);
    }

    private static MetadataReference Reference(PartBuild part)
    {
        using var stream = new MemoryStream();
        var emitted = part.Compilation.Emit(stream, cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        return MetadataReference.CreateFromImage(stream.ToArray());
    }

    private static List<string> Hints(GeneratorDriverRunResult run)
        => run.Results.Single().GeneratedSources.Select(source => source.HintName).Order().ToList();

    private static Dictionary<string, string> Texts(GeneratorDriver driver)
        => driver.GetRunResult().Results.Single().GeneratedSources.ToDictionary(source => source.HintName, source => source.SourceText.ToString());

    private sealed record PartBuild(CSharpCompilation Compilation, GeneratorDriverRunResult Run, ImmutableArray<Diagnostic> GeneratorDiagnostics);

    private sealed record LinePositionPair(int Line, int Column)
    {
        public static LinePositionPair Of(Diagnostic diagnostic)
        {
            var start = diagnostic.Location.GetLineSpan().StartLinePosition;
            return new LinePositionPair(start.Line, start.Character);
        }
    }
}
