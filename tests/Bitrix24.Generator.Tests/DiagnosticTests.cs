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
    public void Every_descriptor_is_documented_in_the_release_tracking_files()
    {
        var releases = Path.Combine(Bitrix24.Tests.Shared.RepositoryPaths.Root, "generator", "Bitrix24.Generator");
        var documented = File.ReadAllText(Path.Combine(releases, "AnalyzerReleases.Shipped.md")) + File.ReadAllText(Path.Combine(releases, "AnalyzerReleases.Unshipped.md"));
        var ids = typeof(Diagnostics.DiagnosticDescriptors)
            .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Select(field => ((DiagnosticDescriptor)field.GetValue(null)!).Id)
            .ToList();

        Assert.Equal(15, ids.Distinct().Count());
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
