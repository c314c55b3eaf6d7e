using System;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Bitrix24.Generator.Tests;

/// <summary>
/// The seed specs with breakout strings (<see cref="Breakouts"/>) put into random values, quoted or raw, from a fixed
/// seed: the generator never throws, and no generated file ever holds a raw line break, bidi control or injected code
/// (though most runs carry the payload into doc comments and literals).
/// </summary>
public sealed class BreakoutFuzzTests
{
    private const int Seed = 20261213;
    private const int MutationsPerSpec = 50;

    [Fact]
    public void Breakouts_in_random_spec_values_never_crash_the_generator_or_reach_the_code()
    {
        var reached = 0;
        // A type file and a method that refers to it are mutated too: type texts reach docs and literals the same way.
        var specs = GeneratorHarness.CommittedSpecs()
            .Append(GeneratorSnapshotTests.Spec("_types/test.widget.yaml", TypeSpecs.Widget))
            .Append(GeneratorSnapshotTests.Spec("widget.get.yaml", TypeSpecs.WidgetGet))
            .ToList();
        var runs = SpecMutations.Run(specs, Seed, MutationsPerSpec, Mutate, (result, _, _) =>
        {
            Assert.All(result.GeneratedSources, source => Breakouts.AssertNoInjection(source.SyntaxTree));
            reached += result.GeneratedSources.Any(source => source.SourceText.ToString().Contains("class Pwned", StringComparison.Ordinal)) ? 1 : 0;
        });

        Assert.True(runs >= 350);
        Assert.True(reached > runs / 4, $"only {reached} of {runs} mutations put the payload into generated text");
    }

    // A value of a random "key: value" line becomes a quoted breakout around the payload, or a breakout goes in raw.
    private static (string Kind, string Text) Mutate(string text, Random random)
    {
        var (name, breakout) = Breakouts.All[random.Next(Breakouts.All.Length)];
        var lines = text.Split('\n');
        var candidates = Enumerable.Range(0, lines.Length).Where(i => lines[i].IndexOf(": ", StringComparison.Ordinal) > 0).ToList();
        if (random.Next(4) == 0 || candidates.Count == 0)
        {
            var at = random.Next(text.Length);
            return ($"raw {name}", text.Substring(0, at) + breakout + text.Substring(at));
        }

        var line = candidates[random.Next(candidates.Count)];
        var colon = lines[line].IndexOf(": ", StringComparison.Ordinal);
        var value = lines[line].Substring(colon + 2).Trim('"');
        lines[line] = lines[line].Substring(0, colon + 2) + Breakouts.Quote(value + breakout + Breakouts.Payload + breakout);
        return ($"quoted {name}", string.Join("\n", lines));
    }
}
