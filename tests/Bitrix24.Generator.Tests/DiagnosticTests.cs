using System;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Bitrix24.Generator.Tests;

/// <summary>One test per BX diagnostic: its id, severity, file, line and column.</summary>
public sealed class DiagnosticTests
{
    private const string Valid = "method: test.item.get\nparams:\n  - name: id\n    type: integer\n";

    [Theory]
    [InlineData("BX0001", "method: test.item.get\ntitle: \"unclosed\n", 2, 8)]
    [InlineData("BX0002", "scope: crm\n", 1, 1)]
    [InlineData("BX0003", "method: test.item.get\nrest: 4\n", 2, 7)]
    [InlineData("BX0004", "method: test..get\n", 1, 9)]
    [InlineData("BX0005", "method: test.item.get\nparams:\n  - { name: id, type: integer }\n  - { name: id, type: string }\n", 4, 5)]
    [InlineData("BX0006", "method: test.item.get\nparams:\n  - name: id\n    type: integer\n    fields:\n      - { name: a, type: string }\n", 6, 7)]
    [InlineData("BX0007", "method: test.item.get\nsumary: typo\n", 2, 1)]
    [InlineData("BX0008", "method: test.item.get\nparams:\n  - { name: id, type: space-ship }\n", 3, 23)]
    [InlineData("BX0010", "method: test.item.get\nparams:\n  - { name: ID, type: integer }\n  - { name: id, type: integer }\n", 4, 5)]
    [InlineData("BX0011", "method: test.item.get\nparams:\n  - { name: id, type: integer }\n  - { name: extensionData, type: string }\n", 4, 5)]
    [InlineData("BX0011", "method: test.item.get\nparams:\n  - { name: \"$$\", type: string }\n", 3, 5)]
    public void Reports_each_problem_at_the_spec_file_line_and_column(string id, string yaml, int line, int column)
    {
        var result = GeneratorHarness.Run([new SpecText("/specs/bad.yaml", yaml)]);

        var diagnostic = Assert.Single(result.GeneratorDiagnostics);
        AssertAt(diagnostic, id, "/specs/bad.yaml", line, column);
        Assert.Equal(
            id is "BX0007" or "BX0008" or "BX0010" or "BX0011" ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error,
            diagnostic.Severity);
    }

    [Fact]
    public void BX0009_duplicate_method_is_reported_on_the_second_file_and_the_first_is_generated()
    {
        var result = GeneratorHarness.Run([new SpecText("/specs/b.yaml", "\n" + Valid), new SpecText("/specs/a.yaml", Valid)]);

        AssertAt(Assert.Single(result.GeneratorDiagnostics), "BX0009", "/specs/b.yaml", 2, 9);
        Assert.Empty(result.Errors);
        Assert.Single(result.Sources, source => source.HintName == "Test.ItemGet.g.cs");
    }

    [Fact]
    public void BX0009_same_name_in_rest2_and_rest3_is_not_a_duplicate()
    {
        var result = GeneratorHarness.Run([new SpecText("/specs/a.yaml", Valid), new SpecText("/specs/b.yaml", Valid + "rest: 3\n")]);

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.Errors);
    }

    [Fact]
    public void The_same_method_in_a_file_with_its_own_namespace_is_not_a_duplicate()
    {
        var result = GeneratorHarness.Run(
            [new SpecText("/specs/a.yaml", Valid), new SpecText("/bundled/test/test.item.get.yaml", Valid, ns: "Vendor.Bundled")],
            ["public static class Use { public static object Both(Bitrix24.Generated.IBitrix24Api own, Vendor.Bundled.IBitrix24Api bundled) => (own.Test.Item, bundled.Test.Item, new Vendor.Bundled.Test.ItemGetRequest { Id = 1 }); }"]);

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.Errors);
        Assert.Equal(["Bitrix24.Facade.Vendor.Bundled.g.cs", "Bitrix24.Facade.g.cs", "Test.ItemGet.g.cs", "Vendor.Bundled.Test.ItemGet.g.cs"], result.Sources.Select(s => s.HintName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void BX0012_different_methods_with_the_same_csharp_names()
    {
        var result = GeneratorHarness.Run([new SpecText("/specs/a.yaml", Valid), new SpecText("/specs/b.yaml", "method: test.item_get\n")]);

        AssertAt(Assert.Single(result.GeneratorDiagnostics), "BX0012", "/specs/b.yaml", 1, 9);
        Assert.Empty(result.Errors);
    }

    [Fact]
    public void BX0012_names_that_differ_only_in_case_would_share_a_hint_name()
    {
        var result = GeneratorHarness.Run([new SpecText("/specs/a.yaml", Valid), new SpecText("/specs/b.yaml", "method: test.itemget\n")]);

        AssertAt(Assert.Single(result.GeneratorDiagnostics), "BX0012", "/specs/b.yaml", 1, 9);
        Assert.Empty(result.Errors);
    }

    [Fact]
    public void BX0014_a_paging_member_whose_name_another_method_has_is_not_generated()
    {
        const string list = "method: test.item.list\nkind: read\nresult:\n  type: object[]\nlist: { rows: result, id: ID, paging: next }\n";
        var result = GeneratorHarness.Run(
            [new SpecText("/specs/list.yaml", list), new SpecText("/specs/all.yaml", "method: test.item.listAll\n")],
            ["public static class Use { public static object Both(Bitrix24.Generated.ITestItemMethods item) => (item.ListAllAsync(), item.ListBulkAsync()); }"]);

        AssertAt(Assert.Single(result.GeneratorDiagnostics), "BX0014", "/specs/list.yaml", 1, 9);
        Assert.Empty(result.Errors);
        Assert.Contains("ListBulkAsync(", result.Source("Test.ItemList.g.cs"), StringComparison.Ordinal);
        Assert.DoesNotContain("ListAllAsync(", result.Source("Test.ItemList.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void BX0013_an_unreadable_spec_is_skipped_and_the_others_still_generate()
    {
        var result = GeneratorHarness.Run([new UnreadableText("/specs/gone.yaml"), new SpecText("/specs/a.yaml", Valid)]);

        AssertAt(Assert.Single(result.GeneratorDiagnostics), "BX0013", "/specs/gone.yaml", 1, 1);
        Assert.Contains(result.Sources, source => source.HintName == "Test.ItemGet.g.cs");
    }

    [Fact]
    public void A_bad_spec_never_removes_the_output_of_the_good_ones()
    {
        var result = GeneratorHarness.Run([new SpecText("/specs/bad.yaml", "method: [oops"), new SpecText("/specs/a.yaml", Valid)]);

        Assert.Equal("BX0001", Assert.Single(result.GeneratorDiagnostics).Id);
        Assert.Equal(["Bitrix24.Facade.g.cs", "Test.ItemGet.g.cs"], result.Sources.Select(s => s.HintName).Order());
        Assert.Empty(result.Errors);
    }

    [Fact]
    public void BX0017_a_ref_to_no_type_is_reported_at_the_ref_and_the_member_is_raw()
    {
        const string spec = "method: test.item.get\nresult:\n  type: object\n  fields:\n    - name: owner\n      type: object\n      ref: test.nobody\n";
        var result = GeneratorHarness.Run([new SpecText("/specs/a.yaml", spec)]);

        AssertAt(Assert.Single(result.GeneratorDiagnostics), "BX0017", "/specs/a.yaml", 7, 12);
        Assert.Empty(result.Errors);
        Assert.Contains("JsonElement? Owner", result.Source("Test.ItemGet.g.cs"), StringComparison.Ordinal);
    }

    // Refs resolve within the file's own root namespace: a project's spec cannot use a bundled type.
    [Fact]
    public void BX0017_a_ref_to_a_type_in_another_root_namespace()
    {
        var result = GeneratorHarness.Run(
        [
            new SpecText("/bundled/_types/test.owner.yaml", TypeSpecs.Owner, ns: "Vendor.Bundled"),
            new SpecText("/specs/a.yaml", "method: test.owner.get\nresult:\n  type: owner\n  ref: test.owner\n"),
        ]);

        var diagnostic = Assert.Single(result.GeneratorDiagnostics);
        AssertAt(diagnostic, "BX0017", "/specs/a.yaml", 4, 8);
        Assert.Contains("the project's root namespace", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Empty(result.Errors);
        Assert.DoesNotContain(result.Sources, source => source.HintName.EndsWith(".Type.g.cs", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("result:\n  type: object\n  fields:\n    - { name: items, type: \"object[]\" }\nlist: { rows: result, id: ID, paging: next }\n", "but the result is an object, not an array")]
    [InlineData("result:\n  type: integer[]\nlist: { rows: result.items, id: ID, paging: next }\n", "but the result is an array, not an object")]
    [InlineData("result:\n  type: object\n  fields:\n    - { name: total, type: integer }\nlist: { rows: result.items, id: ID, paging: next }\n", "but the result has no member 'items'")]
    [InlineData("result:\n  type: object\n  fields:\n    - { name: items, type: integer }\nlist: { rows: result.items, id: ID, paging: next }\n", "but the result's member 'items' is not an array")]
    [InlineData("result:\n  type: object\n  fields:\n    - { name: items, type: \"object[]\" }\nlist: { rows: result.items.rows, id: ID, paging: next }\n", "is neither 'result' nor 'result.<member>'")]
    [InlineData("result:\n  type: object\n  ref: test.owner\nlist: { rows: result.items, id: ID, paging: next }\n", "but the result is the type 'test.owner'")]
    public void BX0018_list_rows_that_contradict_the_result_get_no_paging_members(string body, string reason)
    {
        var result = GeneratorHarness.Run([new SpecText("/specs/_types/owner.yaml", TypeSpecs.Owner), new SpecText("/specs/list.yaml", "method: test.item.list\nkind: read\n" + body)]);

        var diagnostic = Assert.Single(result.GeneratorDiagnostics);
        AssertAt(diagnostic, "BX0018", "/specs/list.yaml", 1, 9);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Contains(reason, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Empty(result.Errors);
        Assert.DoesNotContain("AllAsync", result.Source("Test.ItemList.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void BX0019_two_types_requiring_each_other_lose_required_at_the_closing_member()
    {
        const string a = "object: test.a\nfields:\n  - { name: B, type: object, ref: test.b, required: true }\n";
        const string b = "object: test.b\nfields:\n  - { name: NAME, type: string, required: true }\n  - { name: A, type: object, ref: test.a, required: true }\n";
        const string add = "method: test.a.add\nparams:\n  - { name: fields, type: object, ref: test.a, required: true }\n";
        var result = GeneratorHarness.Run(
            [new SpecText("/specs/_types/a.yaml", a), new SpecText("/specs/_types/b.yaml", b), new SpecText("/specs/add.yaml", add)],
            ["public static class Use { public static object Make() => new Bitrix24.Generated.Test.AInput { B = new Bitrix24.Generated.Test.BInput { Name = \"x\" } }; }"]);

        var diagnostic = Assert.Single(result.GeneratorDiagnostics);
        AssertAt(diagnostic, "BX0019", "/specs/_types/b.yaml", 4, 5);
        Assert.Contains("'test.a.B', 'test.b.A'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Empty(result.Errors);
        Assert.Contains("public required string Name", result.Source("Test.B.Type.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void BX0019_a_type_requiring_itself()
    {
        const string node = "object: test.node\nfields:\n  - { name: ID, type: integer }\n  - { name: PARENT, type: object, ref: test.node, required: true }\n";
        const string add = "method: test.node.add\nparams:\n  - { name: fields, type: object, ref: test.node, required: true }\n";
        var result = GeneratorHarness.Run(
            [new SpecText("/specs/_types/node.yaml", node), new SpecText("/specs/add.yaml", add)],
            ["public static class Use { public static object Make() => new Bitrix24.Generated.Test.NodeInput { Id = 1 }; }"]);

        AssertAt(Assert.Single(result.GeneratorDiagnostics), "BX0019", "/specs/_types/node.yaml", 4, 5);
        Assert.Empty(result.Errors);
    }

    [Fact]
    public void BX0021_a_type_defined_twice_is_reported_on_the_second_file_and_the_first_is_generated()
    {
        var result = GeneratorHarness.Run(
        [
            new SpecText("/specs/b/owner.yaml", "\n" + TypeSpecs.Owner.Replace("NAME", "OTHER", StringComparison.Ordinal)), new SpecText("/specs/a/owner.yaml", TypeSpecs.Owner),
            new SpecText("/specs/get.yaml", "method: test.owner.get\nresult:\n  type: owner\n  ref: test.owner\n"),
        ]);

        AssertAt(Assert.Single(result.GeneratorDiagnostics), "BX0021", "/specs/b/owner.yaml", 2, 9);
        Assert.Empty(result.Errors);
        Assert.Contains("\"NAME\"", result.Source("Test.Owner.Type.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void BX0022_a_type_whose_class_a_method_declares_is_not_generated_and_its_refs_are_BX0017()
    {
        var result = GeneratorHarness.Run(
        [
            new SpecText("/specs/a.yaml", "method: test.item\nparams:\n  - { name: id, type: integer }\n"), new SpecText("/specs/b.yaml", "object: test.item_request\nfields:\n  - { name: ID, type: integer }\n"),
            new SpecText("/specs/c.yaml", "method: test.other.get\nresult:\n  type: object\n  ref: test.item_request\n"),
        ]);

        var diagnostics = result.GeneratorDiagnostics.OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal).ToList();
        Assert.Equal(2, diagnostics.Count);
        AssertAt(diagnostics[0], "BX0022", "/specs/b.yaml", 1, 9);
        Assert.Contains("'ItemRequest'", diagnostics[0].GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        AssertAt(diagnostics[1], "BX0017", "/specs/c.yaml", 4, 8);
        Assert.Empty(result.Errors);
    }

    [Fact]
    public void Every_descriptor_is_documented_in_the_release_tracking_files()
    {
        var releases = Path.Combine(Bitrix24.Tests.Shared.RepositoryPaths.Root, "generator", "Bitrix24.Generator");
        var documented = File.ReadAllText(Path.Combine(releases, "AnalyzerReleases.Shipped.md")) + File.ReadAllText(Path.Combine(releases, "AnalyzerReleases.Unshipped.md"));
        var ids = typeof(Diagnostics.DiagnosticDescriptors)
            .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Select(field => ((DiagnosticDescriptor)field.GetValue(null)!).Id)
            .ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Contains($"{id} | Bitrix24.Specs |", documented));
    }

    private static void AssertAt(Diagnostic diagnostic, string id, string file, int line, int column)
    {
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal((id, file, line, column), (diagnostic.Id, span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
    }

    private sealed class UnreadableText(string path) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => throw new IOException("disk gone");
    }
}
