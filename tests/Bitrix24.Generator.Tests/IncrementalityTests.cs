using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Bitrix24.Generator.Tests;

/// <summary>
/// What re-runs when something changes: nothing for an unrelated C# edit, one file for one spec edit,
/// and only the name-based facade when a spec is added or removed.
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
        var spec = specs.Single(s => s.Path.EndsWith("list.yaml", StringComparison.Ordinal));

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
        ];
        var compilation = GeneratorHarness.Compilation(["public class User { }"]);
        var driver = GeneratorHarness.Driver(specs).RunGenerators(compilation, TestContext.Current.CancellationToken);
        return (driver, compilation, specs);
    }

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
