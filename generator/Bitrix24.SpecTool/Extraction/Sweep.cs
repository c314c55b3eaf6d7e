using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Bitrix24.Specs.Model;
using Bitrix24.Specs.Reading;
using Bitrix24.Specs.Writing;
using Bitrix24.SpecTool.Documents;

namespace Bitrix24.SpecTool.Extraction;

/// <summary>
/// Extracts every page under the given inputs, applies overrides, keeps one spec per method and REST version,
/// and validates each spec by reading back what the canonical writer wrote.
/// </summary>
internal sealed class Sweep(string docsRoot, string? overridesFolder, TextWriter progress)
{
    public SweepResult Run(IEnumerable<string> inputs)
    {
        var stopwatch = Stopwatch.StartNew();
        var files = inputs.SelectMany(Expand).Distinct(StringComparer.Ordinal).OrderBy(file => file, StringComparer.Ordinal).ToList();
        var loader = new PageLoader(docsRoot);
        var types = new TypeRegistry(new DocIndex(docsRoot));
        var pages = new PageResult[files.Count];
        var done = 0;
        System.Threading.Tasks.Parallel.For(0, files.Count, i =>
        {
            pages[i] = files[i].EndsWith(".txt", StringComparison.OrdinalIgnoreCase)
                ? SeedExtractor.Extract(files[i], loader.Relative(files[i]))
                : new PageExtractor(loader, types).Extract(files[i]);
            var count = System.Threading.Interlocked.Increment(ref done);
            if (count % 500 == 0)
            {
                lock (progress)
                {
                    progress.WriteLine($"  {count}/{files.Count} pages");
                }
            }
        });

        var overrides = Overrides.Load(overridesFolder);
        var specs = new Dictionary<string, (MethodSpec Spec, string Page)>(StringComparer.OrdinalIgnoreCase);
        var warnings = pages.SelectMany(page => page.Warnings).ToList();
        foreach (var page in pages.Where(page => page.Spec is not null))
        {
            var spec = overrides.Apply(page.Spec!);
            var key = SpecFiles.RelativePath(spec);
            if (specs.TryGetValue(key, out var existing))
            {
                warnings.Add(new ExtractionWarning(page.Page, 1, $"{spec.Method} (REST {spec.Rest}) is also documented on {existing.Page}; that page's spec is kept"));
                continue;
            }

            var problems = SpecReader.Read(SpecWriter.Write(spec)).Problems.Where(problem => !problem.IsWarning).ToList();
            if (problems.Count > 0)
            {
                warnings.Add(new ExtractionWarning(page.Page, 1, $"the extracted spec of {spec.Method} is invalid and was not written: {string.Join("; ", problems.Select(p => p.Message))}"));
                continue;
            }

            specs.Add(key, (spec, page.Page));
        }

        return new SweepResult(pages, specs.ToDictionary(pair => pair.Key, pair => pair.Value.Spec, StringComparer.Ordinal), warnings, stopwatch.Elapsed);
    }

    private static IEnumerable<string> Expand(string input)
    {
        if (File.Exists(input))
        {
            return [Path.GetFullPath(input)];
        }

        if (!Directory.Exists(input))
        {
            return [];
        }

        return Directory.EnumerateFiles(input, "*.*", SearchOption.AllDirectories)
            .Where(file => file.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
            .Where(file => !file.Replace('\\', '/').Contains("/_includes/", StringComparison.Ordinal))
            .Select(Path.GetFullPath);
    }
}
