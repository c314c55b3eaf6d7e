using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Bitrix24.Specs.Reading;
using Bitrix24.Tests.Shared;

namespace Bitrix24.Specs.Tests;

/// <summary>
/// The five seed specs (whose overrides were written by hand) against the pages they name in <c>../shared/docs/en</c>:
/// method name, every top-level parameter with its required marker, every error code. Skipped (not passed) when the
/// docs are absent. The extractor's own accuracy is tested page by page in the spec tool's tests.
/// </summary>
public sealed class CommittedSpecsMatchDocsTests
{
    [Fact]
    public void Each_seed_spec_agrees_with_its_documentation_page()
    {
        var docs = Path.Combine(RepositoryPaths.RequireShared(), "docs", "en");
        string[] seeds = ["crm.activity.binding.move", "crm.activity.binding.add", "crm.contact.company.items.set", "crm.activity.update", "crm.deal.get"];
        var specs = RepositoryPaths.SpecFiles().Where(file => seeds.Contains(Path.GetFileNameWithoutExtension(file))).ToArray();
        Assert.Equal(seeds.Length, specs.Length);
        foreach (var file in specs)
        {
            var spec = SpecReader.Read(File.ReadAllText(file)).Spec!;
            Assert.NotNull(spec.Source);
            var page = File.ReadAllText(Path.Combine(docs, spec.Source!));

            Assert.Matches(new Regex($@"^# .*\b{Regex.Escape(spec.Method)}\s*$", RegexOptions.Multiline), page);
            foreach (var parameter in spec.Params)
            {
                var marker = new Regex($@"\*\*{Regex.Escape(parameter.Name)}\*\*(\*?)");
                var match = marker.Match(page);
                Assert.True(match.Success, $"{spec.Method}: parameter {parameter.Name} is not on {spec.Source}");
                Assert.True(parameter.Required == (match.Groups[1].Value == "*"), $"{spec.Method}: {parameter.Name} required={parameter.Required} disagrees with the page");
            }

            foreach (var error in spec.Errors.Where(error => error.Code.Length > 0))
            {
                Assert.True(page.Contains($"`{error.Code}`", System.StringComparison.Ordinal), $"{spec.Method}: error {error.Code} is not on {spec.Source}");
            }
        }
    }
}
