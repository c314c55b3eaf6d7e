using System.IO;
using System.Linq;
using Bitrix24.SpecTool.Extraction;
using Bitrix24.SpecTool.Reports;
using Bitrix24.Tests.Shared;

namespace Bitrix24.SpecTool.Tests;

/// <summary>The committed specs are what the extractor makes of the docs today, and the sweep never crashes.</summary>
public sealed class CheckTests
{
    [Fact]
    public void Committed_specs_match_a_fresh_extraction()
    {
        var docs = Path.Combine(RepositoryPaths.RequireShared(), "docs", "en");
        var result = new Sweep(docs, Path.Combine(RepositoryPaths.Specs, SpecFiles.OverridesFolder), TextWriter.Null).Run([Path.Combine(docs, "api-reference")]);

        var drift = SpecDrift.Compare(RepositoryPaths.Specs, SpecFiles.Texts(result), maxLinesPerFile: 10);

        Assert.True(drift.Count == 0, $"specs/ drifted from the docs or the extractor ({drift.Count} files); run bx-spec extract and review:\n{string.Join("\n", drift.Take(20))}");
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ru")]
    public void Sweeping_a_whole_corpus_never_crashes(string language)
    {
        var docs = Path.Combine(RepositoryPaths.RequireShared(), "docs", language);

        var result = new Sweep(docs, null, TextWriter.Null).Run([Path.Combine(docs, "api-reference")]);

        Assert.Empty(result.Pages.Where(page => page.SkipReason == PageResult.Unreadable).Select(page => page.Page));
        Assert.InRange(result.Specs.Count, 1500, 1800);
    }
}
