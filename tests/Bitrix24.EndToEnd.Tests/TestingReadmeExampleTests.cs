using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Bitrix24.Client;
using Bitrix24.Generated;
using Bitrix24.Generated.Crm;
using Bitrix24.Testing;
using Bitrix24.Testing.Crm;
using Bitrix24.Tests.Shared;

namespace Bitrix24.EndToEnd.Tests;

/// <summary>
/// The example test of <c>runtime/Bitrix24.Testing/README.md</c>, run as written with the fake's defaults; a second
/// test keeps the README's copy identical to the code between the snippet markers.
/// </summary>
public sealed class TestingReadmeExampleTests
{
    private const string SnippetStart = "// begin-snippet: testing-readme";
    private const string SnippetEnd = "// end-snippet";

    // begin-snippet: testing-readme
    [Fact]
    public async Task Reads_a_deal_the_way_a_real_portal_answers_it()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var portal = await FakePortal.StartAsync(cancellationToken);
        var deal = portal.Crm.Add(new FakeDeal { Title = "Support", Opportunity = 1000m });
        using var client = new Bitrix24Client(portal.WebhookUrl);
        var api = new Bitrix24Api(client);

#pragma warning disable CS0618 // crm.deal.get is deprecated in favour of crm.item.get, which the fake does not implement yet
        var answer = await api.Crm.Deal.GetAsync(new DealGetRequest { Id = deal.Id }, cancellationToken);
#pragma warning restore CS0618

        Assert.Equal("Support", answer.Result.Title);
        Assert.Equal(1000.0, answer.Result.Opportunity);
        Assert.Null(answer.Result.Comments); // unset: the portal sends null
        Assert.Null(answer.Result.Closedate); // unset: the portal sends ""
        Assert.Equal("crm.deal.get", Assert.Single(portal.Calls).Method);
    }

    // end-snippet
    [Fact]
    public void The_readme_shows_the_example_as_it_runs()
    {
        var source = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "tests", "Bitrix24.EndToEnd.Tests", "TestingReadmeExampleTests.cs"));
        var start = Array.FindIndex(source, line => line.Trim() == SnippetStart) + 1;
        var end = Array.FindIndex(source, start, line => line.Trim() == SnippetEnd);
        var snippet = string.Join('\n', source[start..end].Select(line => line.StartsWith("    ", StringComparison.Ordinal) ? line[4..] : line).ToArray()).Trim();
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "runtime", "Bitrix24.Testing", "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);

        Assert.Contains(snippet, readme, StringComparison.Ordinal);
    }
}
