using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;

namespace Bitrix24.Generator.Tests;

/// <summary>
/// Mutated seed specs, from a fixed seed: the generator never throws, every run ends in output or diagnostics,
/// and the other specs' outputs stay.
/// </summary>
public sealed class FuzzTests
{
    private const int Seed = 20261128;
    private const int MutationsPerSpec = 420;

    [Fact]
    public void Mutated_specs_never_crash_the_generator_or_remove_other_outputs()
    {
        var specs = GeneratorHarness.CommittedSpecs();
        var compilation = GeneratorHarness.Compilation([]);
        var driver = GeneratorHarness.Driver(specs).RunGenerators(compilation, TestContext.Current.CancellationToken);
        var expected = HintNames(driver);
        var random = new Random(Seed);
        var runs = 0;

        foreach (var target in specs)
        {
            var current = (Microsoft.CodeAnalysis.AdditionalText)target;
            var ownHint = expected.Single(hint => hint.EndsWith(HintSuffix(target), StringComparison.Ordinal));
            for (var i = 0; i < MutationsPerSpec; i++)
            {
                var (kind, text) = Mutate(target.Text, random);
                var mutated = new SpecText(target.Path, text);
                driver = driver.ReplaceAdditionalText(current, mutated).RunGenerators(compilation, TestContext.Current.CancellationToken);
                current = mutated;
                runs++;

                var result = driver.GetRunResult().Results.Single();
                var context = $"mutation {i} ({kind}) of {target.Path}";
                Assert.True(result.Exception is null, $"{context}: {result.Exception}");
                var hints = result.GeneratedSources.Select(source => source.HintName).ToHashSet();
                var ownDiagnostics = result.Diagnostics.Where(d => d.Location.GetLineSpan().Path == target.Path).ToList();
                Assert.DoesNotContain(result.Diagnostics, d => d.Id is "CS8784" or "CS8785");
                Assert.True(hints.Contains(ownHint) || ownDiagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) || hints.Any(h => !expected.Contains(h)), $"{context}: neither output nor an error");
                Assert.All(expected.Where(hint => hint != ownHint && hint != "Bitrix24.Facade.g.cs"), hint => Assert.True(hints.Contains(hint), $"{context} removed {hint}: {string.Join("; ", result.Diagnostics)}"));
            }

            driver = driver.ReplaceAdditionalText(current, target).RunGenerators(compilation, TestContext.Current.CancellationToken);
        }

        Assert.True(runs >= 2000);
    }

    private static HashSet<string> HintNames(GeneratorDriver driver)
        => driver.GetRunResult().Results.Single().GeneratedSources.Select(source => source.HintName).ToHashSet();

    // crm.deal.get.yaml → DealGet.g.cs
    private static string HintSuffix(SpecText spec)
    {
        var method = System.IO.Path.GetFileNameWithoutExtension(spec.Path).Split('.').Skip(1);
        return "." + string.Concat(method.Select(part => char.ToUpperInvariant(part[0]) + part.Substring(1))) + ".g.cs";
    }

    private static (string Kind, string Text) Mutate(string text, Random random)
    {
        var lines = text.Split('\n').ToList();
        var line = random.Next(lines.Count);
        switch (random.Next(12))
        {
            case 0:
                return ("truncate", text.Substring(0, random.Next(text.Length)));
            case 1:
                lines.RemoveAt(line);
                return ("delete line", string.Join("\n", lines));
            case 2:
                lines.Insert(line, lines[line]);
                return ("duplicate line", string.Join("\n", lines));
            case 3:
                var colon = lines[line].IndexOf(": ", StringComparison.Ordinal);
                if (colon > 0)
                {
                    lines[line] = lines[line].Substring(0, colon + 2) + Pick(random, "[1, 2]", "{ a: b }", "~", "\"\"", "12x", "-1", "yes", "!!binary AAAA", "&x y", "*nothing");
                }

                return ("wrong scalar", string.Join("\n", lines));
            case 4:
                var bytes = new StringBuilder();
                for (var i = random.Next(1, 12); i > 0; i--)
                {
                    bytes.Append((char)random.Next(0, 0xFFFF));
                }

                var at = random.Next(text.Length);
                return ("random bytes", text.Substring(0, at) + bytes + text.Substring(at));
            case 5:
                lines[line] = "\t" + lines[line];
                return ("tab", string.Join("\n", lines));
            case 6:
                return ("aliases", text.Replace("params:", "params: &p").TrimEnd() + "\nresult:\n  type: object\n  fields: *p\nextra: [*p, *p, *p]\n");
            case 7:
                return ("deep nesting", text + "\nextra: " + new string('[', 300) + new string(']', 300) + "\n");
            case 8:
                return ("deep fields", "method: crm.deep.nest\nparams:\n" + DeepFields(300));
            case 9:
                var other = random.Next(lines.Count);
                (lines[line], lines[other]) = (lines[other], lines[line]);
                return ("swap lines", string.Join("\n", lines));
            case 10:
                lines[line] = new string(' ', random.Next(0, 9)) + lines[line].TrimStart();
                return ("reindent", string.Join("\n", lines));
            default:
                var key = lines.FindIndex(l => l.TrimStart().StartsWith("- name:", StringComparison.Ordinal));
                if (key >= 0)
                {
                    lines.Insert(key + 1, lines[key].Replace("- name:", "  name:"));
                }

                return ("duplicate key", string.Join("\n", lines));
        }
    }

    private static string DeepFields(int depth)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < depth; i++)
        {
            var pad = new string(' ', 2 + (i * 4));
            builder.Append(pad).Append("- name: f").Append(i).Append('\n')
                .Append(pad).Append("  type: object\n")
                .Append(pad).Append("  fields:\n");
        }

        return builder.Append(new string(' ', 2 + (depth * 4))).Append("- { name: leaf, type: string }\n").ToString();
    }

    private static string Pick(Random random, params string[] options) => options[random.Next(options.Length)];
}
