using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Bitrix24.Specs.Reading;
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
    private const int BoundsMutationsPerSpec = 60;

    [Fact]
    public void Mutated_specs_never_crash_the_generator_or_remove_other_outputs()
    {
        var specs = GeneratorHarness.CommittedSpecs();
        var expected = HintNames(GeneratorHarness.Driver(specs).RunGenerators(GeneratorHarness.Compilation([]), TestContext.Current.CancellationToken));
        var runs = SpecMutations.Run(specs, Seed, MutationsPerSpec, Mutate, (result, target, context) =>
        {
            var ownHint = expected.Single(hint => hint.EndsWith(HintSuffix(target), StringComparison.Ordinal));
            var hints = result.GeneratedSources.Select(source => source.HintName).ToHashSet();
            var ownDiagnostics = result.Diagnostics.Where(d => d.Location.GetLineSpan().Path == target.Path).ToList();
            Assert.True(hints.Contains(ownHint) || ownDiagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) || hints.Any(h => !expected.Contains(h)), $"{context}: neither output nor an error");
            Assert.All(expected.Where(hint => hint != ownHint && hint != "Bitrix24.Facade.g.cs"), hint => Assert.True(hints.Contains(hint), $"{context} removed {hint}: {string.Join("; ", result.Diagnostics)}"));
        });

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

    [Fact]
    public void Bound_breaking_mutations_are_their_diagnostic_never_a_crash_or_unbounded_output()
    {
        var compilation = GeneratorHarness.Compilation([]);
        var random = new Random(Seed);
        var runs = 0;
        foreach (var target in GeneratorHarness.CommittedSpecs())
        {
            for (var i = 0; i < BoundsMutationsPerSpec; i++)
            {
                var (kind, text, id) = MutateBounds(target.Text, random);
                var driver = GeneratorHarness.Driver([new SpecText(target.Path, text)]).RunGenerators(compilation, TestContext.Current.CancellationToken);
                runs++;

                var result = driver.GetRunResult().Results.Single();
                var context = $"mutation {i} ({kind}) of {target.Path}";
                Assert.True(result.Exception is null, $"{context}: {result.Exception}");
                var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Id).Distinct();
                Assert.True(errors.SequenceEqual([id]), $"{context}: expected {id}, got {string.Join("; ", result.Diagnostics)}");
                Assert.True(result.GeneratedSources.Sum(source => source.SourceText.Length) < 4_000, $"{context}: generated source for a rejected spec");
            }
        }

        Assert.True(runs >= 300);
    }

    // Self-referencing keys and values, alias amplification, deep nesting, long names: each with the one error it must give.
    private static (string Kind, string Text, string Id) MutateBounds(string text, Random random)
    {
        var lines = text.TrimEnd('\n').Split('\n').ToList();
        var topLevel = Enumerable.Range(0, lines.Count).Where(i => char.IsLetter(lines[i][0])).ToList();
        var at = topLevel[random.Next(topLevel.Count)];
        switch (random.Next(7))
        {
            case 0:
                lines.Insert(at, Pick(random, "&k [*k]: 1", "? &k [x, *k]\n: 1", "&k {*k : 1}: 1", "&k [&j [*k, *j]]: 1", "&k {a: &j [*k]}: 1"));
                return ("self-referencing key", string.Join("\n", lines), "BX0016");
            case 1:
                lines.Insert(at, Pick(random, "extra: &s [x, *s]", "extra: &s {a: {b: *s}}", "extra: &s\n  - *s"));
                return ("self-referencing value", string.Join("\n", lines), "BX0016");
            case 2:
                var laughs = new StringBuilder("x0: &x0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
                var levels = random.Next(7, 12);
                for (var level = 1; level < levels; level++)
                {
                    laughs.Append("x").Append(level).Append(": &x").Append(level).Append(" [")
                        .Append(string.Join(", ", Enumerable.Repeat($"*x{level - 1}", 10))).Append("]\n");
                }

                lines.Insert(at, laughs.ToString().TrimEnd('\n'));
                return ("alias amplification", string.Join("\n", lines), "BX0015");
            case 3:
                var reused = "x0: &x0 " + new string('w', random.Next(20_000, 200_000)) + "\n"
                    + string.Join("\n", Enumerable.Range(1, 60).Select(n => $"x{n}: *x0"));
                lines.Insert(at, reused);
                return ("reused long value", string.Join("\n", lines), "BX0015");
            case 4:
                var depth = random.Next(SpecLimits.MaxYamlDepth, 5_000);
                lines.Insert(at, "extra: " + new string('[', depth) + new string(']', depth));
                return ("deep nesting", string.Join("\n", lines), "BX0015");
            case 5:
                var segments = Pick(random, "10000", "13", "1");
                var length = segments == "1" ? random.Next(SpecLimits.MaxMethodLength + 1, 5_000) : 1;
                var method = string.Join(".", Enumerable.Repeat(new string('a', length), int.Parse(segments, System.Globalization.CultureInfo.InvariantCulture)));
                lines[lines.FindIndex(line => line.StartsWith("method:", StringComparison.Ordinal))] = "method: " + method;
                return ("long method name", string.Join("\n", lines), "BX0015");
            default:
                var names = Enumerable.Range(0, lines.Count).Where(i => lines[i].TrimStart().StartsWith("- name:", StringComparison.Ordinal)).ToList();
                var name = names[random.Next(names.Count)];
                lines[name] = lines[name].Substring(0, lines[name].IndexOf("name:", StringComparison.Ordinal) + 6) + new string('n', random.Next(SpecLimits.MaxNameLength + 1, 5_000));
                return ("long wire name", string.Join("\n", lines), "BX0015");
        }
    }

    private static string Pick(Random random, params string[] options) => options[random.Next(options.Length)];
}
