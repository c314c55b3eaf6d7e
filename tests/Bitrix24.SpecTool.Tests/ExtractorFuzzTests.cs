using System;
using System.Linq;
using System.Text;
using Bitrix24.Specs.Reading;
using Bitrix24.Specs.Writing;
using Bitrix24.SpecTool.Extraction;

namespace Bitrix24.SpecTool.Tests;

/// <summary>Mutated pages, from a fixed seed: the extractor never throws, and no page ends as "could not be read".</summary>
public sealed class ExtractorFuzzTests
{
    private const string Page = """
        # Add an item test.item.add

        {% note warning "DEPRECATED" %}

        The development of this method has been halted. Please use [test.item.create](x.md).

        {% endnote %}

        > Scope: [`test`](x.md)
        >
        > Who can execute the method: any user

        The method adds an item.

        ## Method Parameters

        {% include [Note](../../_includes/required.md) %}

        #|
        || **Name**
        `type` | **Description** ||
        || **fields***
        [`object`](x.md) | Fields, for example `{}`:
        ```json
        { "a": "b || c" }
        ```
        - `Y` — yes
        - `N` — no ||
        || **ids**
        [`integer`](x.md) \| [`integer[]`](x.md) | Ids ||
        |#

        ### Parameter fields

        #|
        || **Name**
        `type` | **Description** ||
        || **TITLE***
        [`string`](x.md) | Title ||
        |#

        ## Response Handling

        ### Returned Data

        #|
        || **Name**
        `type` | **Description** ||
        || **result**
        [`object`](x.md) | The item ||
        |#

        #### Object result

        #|
        || **Name**
        `type` | **Description** ||
        || **ID**
        [`integer`](x.md) | Id ||
        |#

        ## Error Handling

        HTTP status: **400**

        ### Possible Error Codes

        Error Code: `GROUP`

        #|
        || **Status** | **Code** | **Description** | **Value** ||
        || `400` | `NOT_FOUND` | Not found | Why ||
        || `400` | Empty value | `Something` | Why ||
        |#

        {% include [s](../../_includes/system-errors.md) %}
        """;

    [Fact]
    public void Mutated_pages_never_break_the_extractor()
    {
        using var docs = new SyntheticDocs();
        var random = new Random(20261128);
        for (var i = 0; i < 1500; i++)
        {
            var mutated = Mutate(Page, random);

            var result = docs.Extract("api-reference/test/page.md", mutated);

            Assert.True(result.SkipReason != PageResult.Unreadable, $"mutation {i} could not be read: {string.Join("; ", result.Warnings)}\n{mutated}");
        }
    }

    [Fact]
    public void Pages_with_names_past_the_spec_limits_give_specs_the_reader_rejects_not_crashes()
    {
        using var docs = new SyntheticDocs();
        var random = new Random(20261128);
        var runs = 0;
        for (var i = 0; i < 60; i++)
        {
            var (kind, mutated) = MutateNames(Page, random);

            var result = docs.Extract("api-reference/test/page.md", mutated);

            Assert.True(result.SkipReason != PageResult.Unreadable, $"{kind} {i} could not be read: {string.Join("; ", result.Warnings)}");
            if (result.Spec is { } spec)
            {
                var problems = SpecReader.Read(SpecWriter.Write(spec)).Problems.Where(problem => !problem.IsWarning).ToList();
                Assert.True(problems.Count > 0 && problems.All(problem => problem.Kind == SpecProblemKind.LimitExceeded), $"{kind} {i}: {string.Join("; ", problems)}");
                runs++;
            }
        }

        Assert.True(runs >= 40, $"only {runs} pages gave a spec to read back");
    }

    // A method name of thousands of segments or one huge segment, or a parameter named with a thousand characters.
    private static (string Kind, string Text) MutateNames(string text, Random random)
    {
        switch (random.Next(3))
        {
            case 0:
                var segments = random.Next(SpecLimits.MaxMethodSegments + 1, 10_000);
                return ("many segments", text.Replace("test.item.add", "test" + string.Concat(Enumerable.Repeat(".item", segments)), StringComparison.Ordinal));
            case 1:
                return ("long segment", text.Replace("test.item.add", "test." + new string('s', random.Next(SpecLimits.MaxNameLength + 1, 5_000)), StringComparison.Ordinal));
            default:
                return ("long wire name", text.Replace("**TITLE***", "**" + new string('T', random.Next(SpecLimits.MaxNameLength + 1, 5_000)) + "***", StringComparison.Ordinal));
        }
    }

    private static string Mutate(string text, Random random)
    {
        var lines = text.Split('\n').ToList();
        var line = random.Next(lines.Count);
        switch (random.Next(9))
        {
            case 0:
                return text.Substring(0, random.Next(text.Length));
            case 1:
                lines.RemoveAt(line);
                break;
            case 2:
                lines.Insert(line, lines[line]);
                break;
            case 3:
                var chars = new StringBuilder();
                for (var n = random.Next(1, 8); n > 0; n--)
                {
                    chars.Append((char)random.Next(0, 0xD800)); // no lone surrogates: the page is written as UTF-8
                }

                var at = random.Next(text.Length);
                return text.Substring(0, at) + chars + text.Substring(at);
            case 4:
                lines.Insert(line, Pick(random, "#|", "|#", "||", "|| **x", "```", "`", "{% note %}", "{% include [a](../../../../../etc/passwd) %}", "#### Parameter", "|| | ||"));
                break;
            case 5:
                var other = random.Next(lines.Count);
                (lines[line], lines[other]) = (lines[other], lines[line]);
                break;
            case 6:
                lines[line] = lines[line].Replace("||", "|", StringComparison.Ordinal);
                break;
            case 7:
                lines[line] = lines[line].Replace("`", string.Empty, StringComparison.Ordinal).Replace("**", "*", StringComparison.Ordinal);
                break;
            default:
                lines[line] = new string(' ', random.Next(0, 6)) + lines[line];
                break;
        }

        return string.Join("\n", lines);
    }

    private static string Pick(Random random, params string[] options) => options[random.Next(options.Length)];
}
