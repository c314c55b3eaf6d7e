using System;
using System.Linq;
using System.Text;

namespace Bitrix24.Generator.Tests;

/// <summary>Hostile type graphs: a chain of 5,000 types each referring to the next, and one type referring to 5,000 others, stay bounded.</summary>
public sealed class TypeGraphTests
{
    private const int Count = 5000;

    // Every link required, so the BX0019 walk goes the whole depth too; the last one closes a cycle back to the first.
    [Fact]
    public void A_chain_of_5000_required_refs_generates_without_overflowing_the_stack()
    {
        var specs = Enumerable.Range(0, Count)
            .Select(i => GeneratorSnapshotTests.Spec($"_types/t{i:D5}.yaml", $"object: test.t{i}\nfields:\n  - {{ name: NEXT, type: object, ref: test.t{(i + 1) % Count}, required: true }}\n"))
            .Append(GeneratorSnapshotTests.Spec("add.yaml", "method: test.t.add\nparams:\n  - { name: fields, type: object, ref: test.t0, required: true }\nresult:\n  type: object\n  ref: test.t0\n"))
            .ToArray();

        var result = Generate(specs);

        Assert.Null(result.Exception);
        Assert.Equal("BX0019", Assert.Single(result.Diagnostics).Id);
        Assert.Equal(Count, result.GeneratedSources.Count(source => source.HintName.EndsWith(".Type.g.cs", StringComparison.Ordinal)));
    }

    // The generator alone, untracked as a real build runs it: compiling 5,000 classes would test the compiler, not the
    // walk, and Roslyn's step tracking is quadratic in the number of files.
    private static Microsoft.CodeAnalysis.GeneratorRunResult Generate(SpecText[] specs)
        => GeneratorHarness.Driver(specs, trackSteps: false).RunGenerators(GeneratorHarness.Compilation([]), TestContext.Current.CancellationToken).GetRunResult().Results.Single();

    [Fact]
    public void A_type_referring_to_5000_types_generates_each_once()
    {
        var fields = new StringBuilder("object: test.hub\nfields:\n");
        for (var i = 0; i < Count; i++)
        {
            fields.Append($"  - {{ name: F{i}, type: object, ref: test.leaf{i} }}\n");
        }

        var specs = Enumerable.Range(0, Count)
            .Select(i => GeneratorSnapshotTests.Spec($"_types/leaf{i:D5}.yaml", $"object: test.leaf{i}\nfields:\n  - {{ name: HUB, type: object, ref: test.hub }}\n"))
            .Append(GeneratorSnapshotTests.Spec("_types/hub.yaml", fields.ToString()))
            .Append(GeneratorSnapshotTests.Spec("get.yaml", "method: test.hub.get\nresult:\n  type: object\n  ref: test.hub\n"))
            .ToArray();

        var result = Generate(specs);

        Assert.Null(result.Exception);
        Assert.Empty(result.Diagnostics);
        Assert.Equal(Count + 1, result.GeneratedSources.Count(source => source.HintName.EndsWith(".Type.g.cs", StringComparison.Ordinal)));
    }
}
