using System;
using System.Text;
using Bitrix24.Specs.Reading;

namespace Bitrix24.Specs.Tests;

/// <summary>
/// Broken copies of a valid type file and of a method spec with refs and maps (characters cut, repeated or replaced by
/// YAML punctuation), from a fixed seed so a failure repeats: each reads to problems or a spec, never an exception.
/// </summary>
public sealed class MutatedSpecTests
{
    private const string Punctuation = "[]{}&*:-|>!%@#,?'\"\t\n ";

    [Theory]
    [InlineData(TypeFileTests.Item, 1)]
    [InlineData(RefAndMapTests.Method, 2)]
    public void Mutated_specs_read_to_problems_never_an_exception(string valid, int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 2_000; round++)
        {
            var yaml = Mutate(valid, random, mutations: 1 + random.Next(4));

            var result = SpecReader.Read(yaml);

            Assert.False(result.Spec is not null && result.Object is not null, yaml);
            Assert.True(result.Spec is not null || result.Object is not null || result.Problems.Count > 0, yaml);
        }
    }

    private static string Mutate(string text, Random random, int mutations)
    {
        var yaml = new StringBuilder(text);
        for (var i = 0; i < mutations && yaml.Length > 0; i++)
        {
            var start = random.Next(yaml.Length);
            var length = Math.Min(1 + random.Next(12), yaml.Length - start);
            switch (random.Next(3))
            {
                case 0:
                    yaml.Remove(start, length);
                    break;
                case 1:
                    yaml.Insert(start, yaml.ToString(start, length));
                    break;
                default:
                    yaml[start] = Punctuation[random.Next(Punctuation.Length)];
                    break;
            }
        }

        return yaml.ToString();
    }
}
