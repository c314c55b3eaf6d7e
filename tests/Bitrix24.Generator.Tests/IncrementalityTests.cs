using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Bitrix24.Generator.Tests;

/// <summary>
/// What re-runs when something changes: nothing for an unrelated C# edit, one file for one spec edit, only the
/// name-based facade when a spec is added or removed, one type file for a type's fields, and for a type added, removed
/// or renamed exactly the methods whose refs change resolution.
/// </summary>
public sealed class IncrementalityTests
{
    // Every name in TrackingNames: a step added there is guarded here without a second list to keep in step.
    private static readonly string[] OwnSteps = typeof(TrackingNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(field => field.IsLiteral)
        .Select(field => (string)field.GetRawConstantValue()!)
        .ToArray();

    [Fact]
    public void Every_tracking_name_is_a_step_the_run_tracks()
    {
        var (driver, _, _) = Start();
        var result = driver.GetRunResult().Results.Single();

        Assert.Equal(15, OwnSteps.Length); // the reflection found the names: an empty list would pass any check below
        Assert.All(OwnSteps, step => Assert.NotEmpty(TrackedStep(result, step)));
    }

    [Fact]
    public void An_unrelated_csharp_edit_leaves_every_step_cached_or_unchanged()
    {
        var (driver, compilation, _) = Start();
        var edited = compilation.ReplaceSyntaxTree(
            compilation.SyntaxTrees.Single(),
            CSharpSyntaxTree.ParseText("public class User { public int Changed; }", GeneratorHarness.ParseOptions, cancellationToken: TestContext.Current.CancellationToken));

        var result = driver.RunGenerators(edited, TestContext.Current.CancellationToken).GetRunResult().Results.Single();

        foreach (var step in OwnSteps)
        {
            Assert.All(
                TrackedStep(result, step).SelectMany(run => run.Outputs),
                output => Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {output.Reason}"));
        }

        Assert.All(result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(run => run.Outputs), output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void A_comment_only_spec_edit_changes_no_generated_text()
    {
        var (driver, compilation, specs) = Start();
        var before = Texts(driver);
        var spec = specs[0];

        var after = Texts(driver.ReplaceAdditionalText(spec, new SpecText(spec.Path, "# a comment\n# and another\n" + spec.Text)).RunGenerators(compilation, TestContext.Current.CancellationToken));

        Assert.Equal(before, after);
    }

    [Fact]
    public void Editing_one_specs_parameters_regenerates_only_that_specs_file()
    {
        var (driver, compilation, specs) = Start();
        var before = Texts(driver);
        var spec = specs.Single(s => s.Path.EndsWith("/list.yaml", StringComparison.Ordinal));

        driver = driver.ReplaceAdditionalText(spec, new SpecText(spec.Path, spec.Text.Replace("name: IDS", "name: IDS_LIST"))).RunGenerators(compilation, TestContext.Current.CancellationToken);
        var after = Texts(driver);
        var run = driver.GetRunResult().Results.Single();

        Assert.Equal(["Test.ItemList.g.cs"], before.Keys.Where(hint => before[hint] != after[hint]));
        Assert.Equal([IncrementalStepRunReason.Modified], Reasons(run, TrackingNames.Methods).Where(r => r != IncrementalStepRunReason.Cached && r != IncrementalStepRunReason.Unchanged));
        Assert.All(Reasons(run, TrackingNames.Facade), reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        Assert.All(Reasons(run, TrackingNames.Index), reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
    }

    [Fact]
    public void Adding_and_removing_a_spec_adds_and_removes_its_file_and_touches_only_the_facade()
    {
        var (driver, compilation, _) = Start();
        var before = Texts(driver);
        var added = new SpecText("/specs/other.yaml", "method: test.other.delete\nparams:\n  - { name: id, type: integer, required: true }\n");

        driver = driver.AddAdditionalTexts([added]).RunGenerators(compilation, TestContext.Current.CancellationToken);
        var withSpec = Texts(driver);
        var run = driver.GetRunResult().Results.Single();

        Assert.Equal(before.Keys.Append("Test.OtherDelete.g.cs").Order(StringComparer.Ordinal), withSpec.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["Bitrix24.Facade.g.cs"], before.Keys.Where(hint => before[hint] != withSpec[hint]));
        Assert.Single(Reasons(run, TrackingNames.Methods), reason => reason == IncrementalStepRunReason.New);
        Assert.DoesNotContain(IncrementalStepRunReason.Modified, Reasons(run, TrackingNames.Methods));

        driver = driver.RemoveAdditionalTexts([added]).RunGenerators(compilation, TestContext.Current.CancellationToken);

        Assert.Equal(before, Texts(driver));
    }

    [Fact]
    public void Editing_a_types_fields_regenerates_only_that_types_file()
    {
        var (driver, compilation, specs) = Start();
        var before = Texts(driver);
        var widget = specs.Single(s => s.Path.EndsWith("test.widget.yaml", StringComparison.Ordinal));

        driver = driver.ReplaceAdditionalText(widget, new SpecText(widget.Path, widget.Text.Replace("name: ID", "name: IDENTIFIER", StringComparison.Ordinal))).RunGenerators(compilation, TestContext.Current.CancellationToken);
        var after = Texts(driver);
        var run = driver.GetRunResult().Results.Single();

        Assert.Equal(["Test.Widget.Type.g.cs"], Changed(before, after));
        foreach (var step in new[] { TrackingNames.Methods, TrackingNames.Index, TrackingNames.Facade, TrackingNames.Reachable, TrackingNames.TypeIds })
        {
            Assert.All(Reasons(run, step), reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {reason}"));
        }
    }

    [Fact]
    public void Renaming_a_type_regenerates_exactly_the_methods_that_refer_to_it()
    {
        var (driver, compilation, specs) = Start();
        var before = Texts(driver);
        var widget = specs.Single(s => s.Path.EndsWith("test.widget.yaml", StringComparison.Ordinal));

        driver = driver.ReplaceAdditionalText(widget, new SpecText(widget.Path, widget.Text.Replace("object: test.widget", "object: test.gadget", StringComparison.Ordinal)))
            .RunGenerators(compilation, TestContext.Current.CancellationToken);
        var after = Texts(driver);
        var run = driver.GetRunResult().Results.Single();

        // The methods' refs no longer resolve (BX0017, raw JSON); the types nothing reaches any more are gone.
        Assert.Equal(["Test.WidgetGet.g.cs", "Test.WidgetList.g.cs"], Changed(before, after).Where(hint => !hint.EndsWith(".Type.g.cs", StringComparison.Ordinal)));
        Assert.Equal(["Test.Owner.Type.g.cs", "Test.Widget.Type.g.cs"], before.Keys.Except(after.Keys).Order(StringComparer.Ordinal));
        Assert.Equal(2, Reasons(run, TrackingNames.Methods).Count(reason => reason == IncrementalStepRunReason.Modified));
    }

    [Fact]
    public void Adding_a_type_nobody_references_generates_nothing_and_touches_no_method()
    {
        var (driver, compilation, _) = Start();
        var before = Texts(driver);

        driver = driver.AddAdditionalTexts([GeneratorSnapshotTests.Spec("_types/test.contact.yaml", TypeSpecs.Contact)]).RunGenerators(compilation, TestContext.Current.CancellationToken);
        var run = driver.GetRunResult().Results.Single();

        // The new file's own (empty) entry is New; every method's is untouched.
        Assert.Equal(before, Texts(driver));
        Assert.DoesNotContain(IncrementalStepRunReason.Modified, Reasons(run, TrackingNames.Methods));
        Assert.Single(Reasons(run, TrackingNames.Methods), reason => reason == IncrementalStepRunReason.New);
    }

    [Fact]
    public void Adding_a_ref_to_an_existing_type_generates_it_and_regenerates_only_the_referring_method()
    {
        var (driver, compilation, specs) = Start();
        var before = Texts(driver);
        var node = specs.Single(s => s.Path.EndsWith("node.yaml", StringComparison.Ordinal) && !s.Path.Contains("_types", StringComparison.Ordinal));

        driver = driver.ReplaceAdditionalText(node, new SpecText(node.Path, TypeSpecs.NodeGet)).RunGenerators(compilation, TestContext.Current.CancellationToken);
        var after = Texts(driver);
        var run = driver.GetRunResult().Results.Single();

        Assert.DoesNotContain("Test.Node.Type.g.cs", before.Keys);
        Assert.Equal(["Test.Node.Type.g.cs", "Test.NodeGet.g.cs"], Changed(before, after));
        Assert.Equal([IncrementalStepRunReason.Modified], Reasons(run, TrackingNames.Methods).Where(r => r is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged)));
    }

    [Fact]
    public void No_symbol_compilation_or_syntax_travels_between_steps()
    {
        var (driver, _, _) = Start();
        var result = driver.GetRunResult().Results.Single();

        foreach (var step in OwnSteps)
        {
            foreach (var output in TrackedStep(result, step).SelectMany(run => run.Outputs))
            {
                AssertPlainData(output.Value, step, depth: 0);
            }
        }
    }

    private static (GeneratorDriver Driver, CSharpCompilation Compilation, IReadOnlyList<SpecText> Specs) Start()
    {
        IReadOnlyList<SpecText> specs =
        [
            GeneratorSnapshotTests.Spec("item.yaml", SyntheticSpecs.NestedObjects),
            GeneratorSnapshotTests.Spec("legacy.yaml", SyntheticSpecs.DeprecatedWithCodes),
            GeneratorSnapshotTests.Spec("list.yaml", SyntheticSpecs.ListOfItems),
            GeneratorSnapshotTests.Spec("flow.yaml", SyntheticSpecs.MixedCase),
            GeneratorSnapshotTests.Spec("profile.yaml", SyntheticSpecs.SingleSegment),
            GeneratorSnapshotTests.Spec("_types/test.widget.yaml", TypeSpecs.Widget),
            GeneratorSnapshotTests.Spec("_types/test.owner.yaml", TypeSpecs.Owner),
            GeneratorSnapshotTests.Spec("widget.get.yaml", TypeSpecs.WidgetGet),
            GeneratorSnapshotTests.Spec("widget.list.yaml", TypeSpecs.WidgetList),
            GeneratorSnapshotTests.Spec("_types/test.node.yaml", TypeSpecs.Node),
            GeneratorSnapshotTests.Spec("node.yaml", NodeCount),
        ];
        var compilation = GeneratorHarness.Compilation(["public class User { }"]);
        var driver = GeneratorHarness.Driver(specs).RunGenerators(compilation, TestContext.Current.CancellationToken);
        return (driver, compilation, specs);
    }

    // test.node.get before it refers to the test.node type.
    private const string NodeCount = "method: test.node.get\nkind: read\nresult:\n  type: integer\n";

    // Hints added, removed or changed, in ordinal order.
    private static IEnumerable<string> Changed(Dictionary<string, string> before, Dictionary<string, string> after)
        => before.Keys.Union(after.Keys)
            .Where(hint => !before.TryGetValue(hint, out var old) || !after.TryGetValue(hint, out var now) || old != now)
            .Order(StringComparer.Ordinal);

    private static Dictionary<string, string> Texts(GeneratorDriver driver)
        => driver.GetRunResult().Results.Single().GeneratedSources.ToDictionary(source => source.HintName, source => source.SourceText.ToString());

    private static IEnumerable<IncrementalStepRunReason> Reasons(GeneratorRunResult run, string step)
        => TrackedStep(run, step).SelectMany(s => s.Outputs).Select(output => output.Reason);

    // A step that is renamed or no longer tracked fails the test that expects it, instead of being skipped.
    private static IEnumerable<IncrementalGeneratorRunStep> TrackedStep(GeneratorRunResult run, string step)
    {
        Assert.True(run.TrackedSteps.TryGetValue(step, out var runs), $"{step} is not tracked; tracked: {string.Join(", ", run.TrackedSteps.Keys)}");
        return runs;
    }

    private static void AssertPlainData(object? value, string step, int depth)
    {
        if (value is null || depth > 12 || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum)
        {
            return;
        }

        Assert.False(value is Compilation or ISymbol or SyntaxNode or SyntaxTree or SemanticModel, $"{step} carries a {value.GetType().Name}");
        if (value is IEnumerable sequence)
        {
            foreach (var item in sequence)
            {
                AssertPlainData(item, step, depth + 1);
            }

            return;
        }

        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            AssertPlainData(property.GetValue(value), step, depth + 1);
        }
    }
}
