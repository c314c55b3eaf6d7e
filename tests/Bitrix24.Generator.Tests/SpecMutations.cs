using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Bitrix24.Generator.Tests;

/// <summary>
/// The fuzz loop: every spec is replaced in one driver by its mutations, one run each, then restored, so the other
/// specs' outputs stay cached and each run's result can be checked against them.
/// </summary>
internal static class SpecMutations
{
    /// <summary>A mutation: what kind it was, for the failure message, and the mutated text.</summary>
    public delegate (string Kind, string Text) Mutator(string text, Random random);

    /// <summary>Checks one run; <paramref name="context"/> names the mutation for failure messages.</summary>
    public delegate void Check(GeneratorRunResult result, SpecText target, string context);

    /// <summary>Runs <paramref name="perSpec"/> mutations of each spec from a fixed seed; returns how many runs there were.</summary>
    public static int Run(IReadOnlyList<SpecText> specs, int seed, int perSpec, Mutator mutate, Check check)
    {
        var compilation = GeneratorHarness.Compilation([]);
        var driver = GeneratorHarness.Driver(specs).RunGenerators(compilation, TestContext.Current.CancellationToken);
        var random = new Random(seed);
        var runs = 0;
        foreach (var target in specs)
        {
            var current = (AdditionalText)target;
            for (var i = 0; i < perSpec; i++)
            {
                var (kind, text) = mutate(target.Text, random);
                var mutated = new SpecText(target.Path, text);
                driver = driver.ReplaceAdditionalText(current, mutated).RunGenerators(compilation, TestContext.Current.CancellationToken);
                current = mutated;
                runs++;

                var result = driver.GetRunResult().Results.Single();
                var context = $"mutation {i} ({kind}) of {target.Path}";
                Assert.True(result.Exception is null, $"{context}: {result.Exception}");
                Assert.DoesNotContain(result.Diagnostics, d => d.Id is "CS8784" or "CS8785");
                check(result, target, context);
            }

            driver = driver.ReplaceAdditionalText(current, target).RunGenerators(compilation, TestContext.Current.CancellationToken);
        }

        return runs;
    }
}
