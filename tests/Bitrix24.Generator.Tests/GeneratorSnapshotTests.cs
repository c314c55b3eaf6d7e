using System.Linq;
using Bitrix24.Tests.Shared;

namespace Bitrix24.Generator.Tests;

/// <summary>
/// The generated sources, compared with the committed snapshots beside this file: the facade in a test of its own,
/// every other test only its methods' files.
/// </summary>
public sealed class GeneratorSnapshotTests
{
    private static readonly string FacadeHint = Model.GeneratedNames.FacadeHint(null);

    // Nested groups (crm.activity.binding), a REST 3 twin beside its REST 2 method, a mixed-case REST 3 group, and a
    // method on the root client.
    [Fact]
    public void Facade_of_groups_rest3_twins_and_root_methods()
    {
        var result = Generate(
        [
            .. GeneratorHarness.CommittedSpecs(), Spec("task2.yaml", SyntheticSpecs.Rest2Twin), Spec("task3.yaml", SyntheticSpecs.Rest3Twin),
            Spec("flow.yaml", SyntheticSpecs.MixedCase), Spec("profile.yaml", SyntheticSpecs.SingleSegment),
        ]);

        AssertCompiles(result, allowWarnings: false);
        Snapshot.Verify(result.Source(FacadeHint), FacadeHint.Replace(".g.cs", string.Empty));
    }

    [Fact]
    public void Seed_specs() => VerifyAll(Generate([.. GeneratorHarness.CommittedSpecs(), .. GeneratorHarness.CommittedCrmTypes()]));

    [Fact]
    public void Nested_objects_arrays_and_values() => VerifyAll(Generate(Spec("item.yaml", SyntheticSpecs.NestedObjects)));

    [Fact]
    public void Deprecated_method_with_numeric_empty_and_repeated_codes() => VerifyAll(Generate(Spec("legacy.yaml", SyntheticSpecs.DeprecatedWithCodes)));

    [Fact]
    public void Mixed_case_method_name() => VerifyAll(Generate(Spec("flow.yaml", SyntheticSpecs.MixedCase)));

    [Fact]
    public void Rest3_twin_of_a_rest2_method() => VerifyAll(Generate(Spec("task2.yaml", SyntheticSpecs.Rest2Twin), Spec("task3.yaml", SyntheticSpecs.Rest3Twin)));

    [Fact]
    public void Unknown_types_fall_back_to_raw_json() => VerifyAll(Generate(Spec("odd.yaml", SyntheticSpecs.UnknownTypes)), allowWarnings: true);

    [Fact]
    public void List_result_of_objects() => VerifyAll(Generate(Spec("list.yaml", SyntheticSpecs.ListOfItems)));

    [Fact]
    public void Rest3_list_with_untyped_result_pages_raw_rows() => VerifyAll(Generate(Spec("task.yaml", SyntheticSpecs.Rest3UntypedList)));

    [Fact]
    public void List_rows_in_a_typed_result_member() => VerifyAll(Generate(Spec("order.yaml", SyntheticSpecs.TypedRowsMemberList)));

    [Fact]
    public void List_without_id_has_no_bulk_read() => VerifyAll(Generate(Spec("tag.yaml", SyntheticSpecs.ListWithoutId)));

    // rows: result.rows, but the result class has no 'rows' array: no type to read rows into, so no paging members.
    [Fact]
    public void List_rows_out_of_reach_by_type_get_no_paging_members()
    {
        var result = Generate(Spec("report.yaml", SyntheticSpecs.ListRowsOutOfReach));

        Assert.DoesNotContain("IAsyncEnumerable", result.Source("Test.ReportList.g.cs"), System.StringComparison.Ordinal);
        VerifyAll(result);
    }

    [Fact]
    public void List_paging_members_compile_for_netstandard20()
    {
        var specs = new[]
        {
            Spec("list.yaml", SyntheticSpecs.ListOfItems), Spec("task.yaml", SyntheticSpecs.Rest3UntypedList),
            Spec("order.yaml", SyntheticSpecs.TypedRowsMemberList), Spec("tag.yaml", SyntheticSpecs.ListWithoutId),
        };

        var result = GeneratorHarness.Run(specs, netStandard: true, language: Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp11);

        Assert.Empty(result.CompilationDiagnostics.Where(d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning));
        Assert.Equal(4, result.Sources.Count(source => source.SourceText.ToString().Contains("AllAsync(", System.StringComparison.Ordinal)));
    }

    // The "snapshot of a shared type and of a method that uses it": one type file, two methods refer to it, and
    // the type it refers to in turn is generated too.
    [Fact]
    public void Shared_type_used_by_get_and_list()
        => VerifyAll(Generate(
            Spec("_types/test.widget.yaml", TypeSpecs.Widget), Spec("_types/test.owner.yaml", TypeSpecs.Owner),
            Spec("widget.get.yaml", TypeSpecs.WidgetGet), Spec("widget.list.yaml", TypeSpecs.WidgetList)));

    [Fact]
    public void Map_results_and_lang_map_members()
        => VerifyAll(Generate(Spec("_types/test.owner.yaml", TypeSpecs.Owner), Spec("stage.yaml", TypeSpecs.StageMap), Spec("owners.yaml", TypeSpecs.OwnerMap)));

    [Fact]
    public void Self_referencing_type() => VerifyAll(Generate(Spec("_types/test.node.yaml", TypeSpecs.Node), Spec("node.yaml", TypeSpecs.NodeGet)));

    // Reached only from params: the Input classes alone, with the definition's required members.
    [Fact]
    public void Input_class_from_a_shared_definition()
        => VerifyAll(Generate(Spec("_types/test.contact.yaml", TypeSpecs.Contact), Spec("_types/test.address.yaml", TypeSpecs.Address), Spec("contact.yaml", TypeSpecs.ContactAdd)));

    [Fact]
    public void A_type_no_method_reaches_generates_nothing()
    {
        var result = Generate(Spec("_types/test.widget.yaml", TypeSpecs.Widget), Spec("_types/test.owner.yaml", TypeSpecs.Owner), Spec("node.yaml", SyntheticSpecs.SingleSegment));

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.DoesNotContain(result.Sources, source => source.HintName.EndsWith(".Type.g.cs", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Single_segment_method_sits_on_the_root_client() => VerifyAll(Generate(Spec("profile.yaml", SyntheticSpecs.SingleSegment)));

    [Fact]
    public void Netstandard20_gets_the_required_member_polyfills()
    {
        var result = GeneratorHarness.Run([Spec("item.yaml", SyntheticSpecs.NestedObjects)], netStandard: true, language: Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp11);

        Assert.Empty(result.CompilationDiagnostics.Where(d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning));
        Snapshot.Verify(result.Source("Bitrix24.Polyfills.g.cs"));
    }

    [Fact]
    public void Net10_needs_no_polyfills()
    {
        var result = Generate(Spec("item.yaml", SyntheticSpecs.NestedObjects));

        Assert.DoesNotContain(result.Sources, source => source.HintName == "Bitrix24.Polyfills.g.cs");
    }

    [Fact]
    public void Yaml_that_is_not_marked_as_a_spec_is_left_alone()
    {
        var result = Generate(new SpecText("config.yaml", "method: [broken", isSpec: false));

        Assert.Empty(result.Sources);
        Assert.Empty(result.GeneratorDiagnostics);
    }

    private static void AssertCompiles(GeneratorResult result, bool allowWarnings)
        => Assert.Empty(result.CompilationDiagnostics.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error || (!allowWarnings && d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Warning)));

    internal static SpecText Spec(string name, string yaml) => new($"/specs/{name}", yaml);

    private static GeneratorResult Generate(params SpecText[] specs) => GeneratorHarness.Run(specs);

    // The methods' files only: the facade has its own test, so a new method touches one snapshot, not a dozen.
    private static void VerifyAll(GeneratorResult result, bool allowWarnings = false, [System.Runtime.CompilerServices.CallerMemberName] string test = "")
    {
        AssertCompiles(result, allowWarnings);
        Assert.Contains(result.Sources, source => source.HintName == FacadeHint);
        foreach (var source in result.Sources.Where(source => source.HintName != FacadeHint).OrderBy(source => source.HintName, System.StringComparer.Ordinal))
        {
            Snapshot.Verify(source.SourceText.ToString(), source.HintName.Replace(".g.cs", string.Empty), test: test);
        }
    }
}
