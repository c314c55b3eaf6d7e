using System.Collections.Generic;
using System.IO;
using System.Linq;
using Bitrix24.Specs.Model;
using Bitrix24.SpecTool.Extraction;
using Bitrix24.Tests.Shared;

namespace Bitrix24.SpecTool.Tests;

/// <summary>
/// The five seed documents (older text exports and raw markdown, English and Russian) yield the facts they still
/// carry, compared with specs extracted from the current English pages; the differences are listed and checked.
/// </summary>
public sealed class SeedTests
{
    [Fact]
    public void Seeds_yield_their_facts_and_the_differences_from_the_current_docs_are_the_known_ones()
    {
        var shared = RepositoryPaths.RequireShared();
        var docs = Path.Combine(shared, "docs", "en");
        var seeds = Directory.GetFiles(Path.Combine(shared, "seeds"), "*.txt").OrderBy(file => file, System.StringComparer.Ordinal).ToList();
        var current = new Sweep(docs, null, TextWriter.Null).Run([Path.Combine(docs, "api-reference")]).Specs.Values.Where(spec => spec.Rest == 2).ToDictionary(spec => spec.Method);
        var differences = new List<string>();
        var methods = new List<string>();
        foreach (var seed in seeds)
        {
            var old = SeedExtractor.Extract(seed, Path.GetFileName(seed)).Spec!;
            var page = current[old.Method];
            methods.Add(old.Method);
            differences.AddRange(Differences(old, page).Select(difference => $"{old.Method}: {difference}"));
        }

        Assert.Equal(["crm.activity.binding.move", "crm.activity.binding.add", "crm.contact.company.items.set", "crm.activity.update", "crm.deal.get"], methods);
        Assert.Equal(
            [
                // The code gained a suffix since the export.
                "crm.activity.binding.move: error code SOURCE_AND_TARGET_ENTITY_TYPES_ARE_NOT_EQUAL is now SOURCE_AND_TARGET_ENTITY_TYPES_ARE_NOT_EQUAL_ERROR",
                // The flattened export lost every inline value: types and codes.
                "crm.activity.binding.add: error codes lost in the export: 100, NOT_FOUND, OWNER_NOT_FOUND, ACCESS_DENIED, ACTIVITY_IS_ALREADY_BOUND",
                "crm.contact.company.items.set: error codes lost in the export: ACCESS_DENIED",
            ],
            differences);
    }

    // Facts a seed still carries that differ from the current page: parameter names and required flags always,
    // types where the seed has one, error codes where the seed has any.
    private static IEnumerable<string> Differences(MethodSpec seed, MethodSpec page)
    {
        var pageParams = page.Params.ToDictionary(p => p.Name);
        foreach (var parameter in seed.Params)
        {
            if (!pageParams.TryGetValue(parameter.Name, out var now))
            {
                yield return $"parameter {parameter.Name} is gone";
            }
            else if (now.Required != parameter.Required || (parameter.Type.Length > 0 && parameter.Type != now.Type))
            {
                yield return $"parameter {parameter.Name} was {parameter.Type}{(parameter.Required ? "*" : string.Empty)}, now {now.Type}{(now.Required ? "*" : string.Empty)}";
            }
        }

        foreach (var added in page.Params.Select(p => p.Name).Except(seed.Params.Select(p => p.Name)))
        {
            yield return $"parameter {added} is new";
        }

        var seedCodes = seed.Errors.Select(e => e.Code).Where(code => code.Length > 0).ToList();
        var pageCodes = page.Errors.Select(e => e.Code).Where(code => code.Length > 0).ToList();
        if (seed.Errors.Count != page.Errors.Count)
        {
            yield return $"{seed.Errors.Count} errors then, {page.Errors.Count} now";
        }

        if (seedCodes.Count == 0 && pageCodes.Count > 0)
        {
            yield return $"error codes lost in the export: {string.Join(", ", pageCodes)}";
        }
        else
        {
            foreach (var (then, now) in seedCodes.Zip(pageCodes).Where(pair => pair.First != pair.Second))
            {
                yield return $"error code {then} is now {now}";
            }
        }
    }
}
