using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Bitrix24.Specs.Reading;
using Bitrix24.Tests.Shared;

namespace Bitrix24.Specs.Tests;

/// <summary>The examples in <c>specs/README.md</c> are specs the reader accepts: a method spec and a type file.</summary>
public sealed class ReadmeExamplesTests
{
    [Fact]
    public void Every_yaml_example_in_the_spec_readme_reads_without_problems()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Specs, "README.md"));
        var examples = Regex.Matches(readme, "```yaml\n(.*?)```", RegexOptions.Singleline).Select(match => match.Groups[1].Value).ToArray();

        Assert.Equal(2, examples.Length);
        var results = examples.Select(SpecReader.Read).ToArray();
        Assert.All(results, result => Assert.True(result.Problems.IsEmpty, string.Join("; ", result.Problems)));
        Assert.NotNull(results[0].Spec);
        Assert.NotNull(results[1].Object);
    }
}
