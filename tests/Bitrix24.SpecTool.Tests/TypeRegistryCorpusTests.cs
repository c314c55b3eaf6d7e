using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Bitrix24.Specs.Reading;
using Bitrix24.Specs.Writing;
using Bitrix24.SpecTool.Documents;
using Bitrix24.SpecTool.Extraction;
using Bitrix24.Tests.Shared;

namespace Bitrix24.SpecTool.Tests;

/// <summary>
/// Every section with a field table in the corpus defined as a type, from all pages in parallel (more than the
/// result routes reach: parameter tables are definitions too here): each type reads back valid, no two
/// definitions share an id and no id is another's namespace. The well-known types come out under their fixed ids
/// with refs. Measured: EN 6,873 types with 3,463 refs among their top-level fields, RU 6,875 with 3,518.
/// Skipped when the docs are absent.
/// </summary>
public sealed class TypeRegistryCorpusTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("en")]
    [InlineData("ru")]
    public void Every_field_table_of_the_corpus_is_a_valid_type_with_an_id_of_its_own(string language)
    {
        var root = Path.Combine(RepositoryPaths.RequireShared(), "docs", language);
        var registry = new TypeRegistry(new DocIndex(root));
        var pages = Directory.EnumerateFiles(Path.Combine(root, "api-reference"), "*.md", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(root, file).Replace('\\', '/'))
            .Where(page => !page.Contains("/_include", System.StringComparison.Ordinal))
            .ToList();
        var stopwatch = Stopwatch.StartNew();

        Parallel.ForEach(pages, page =>
        {
            foreach (var section in registry.Index.Page(page)?.Sections.Where(section => section.Level > 0) ?? [])
            {
                registry.Define(new DocTarget(page, section.Anchor ?? section.Slug));
            }
        });

        var types = registry.Types;
        stopwatch.Stop();
        var invalid = types.Where(type => SpecReader.Read(SpecWriter.Write(type)).Problems.Any(problem => !problem.IsWarning)).Select(type => type.Id).ToList();
        var conflicts = registry.Conflicts();
        output.WriteLine($"{language}: {types.Count} types from {pages.Count} pages, {types.Sum(type => type.Fields.Count)} fields, {types.Sum(type => type.Fields.Count(field => field.Ref is not null))} top-level refs, {stopwatch.Elapsed.TotalSeconds:0.0} s, {invalid.Count} invalid, {conflicts.Count} conflicts");
        foreach (var line in invalid.Concat(conflicts).Take(40))
        {
            output.WriteLine(line);
        }

        Assert.Empty(invalid);
        Assert.Empty(conflicts);
        Assert.InRange(types.Count, 3000, int.MaxValue);
        Assert.Equal("crm.multifield", registry.Find("crm.lead")!.Fields.Single(field => field.Name == "PHONE").Ref);
        Assert.NotNull(registry.Find("tasks.task"));
        Assert.NotNull(registry.Find("v3.tasks.task"));
        Assert.NotNull(registry.Find("crm.item"));
        Assert.NotNull(registry.Find("crm.currency"));
    }
}
