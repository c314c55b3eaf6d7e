using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using Bitrix24.Generated;
using Bitrix24.Testing;
using Bitrix24.Testing.Crm;
using Bitrix24.Tests.Shared;

namespace Bitrix24.EndToEnd.Tests;

/// <summary>The README's main command: the sample runs to completion as a process.</summary>
public sealed class SampleTests
{
    [Fact]
    public async Task Walks_through_all_five_methods_and_the_production_tour_against_the_embedded_fake_portal()
    {
        var (exitCode, output) = await RunSample(["--bulk-rows", "20000"], new Dictionary<string, string?> { ["B24_WEBHOOK_URL"] = null });

        Assert.True(exitCode == 0, output);
        Assert.Matches(@"title\W+""Annual support contract""", output);
        Assert.Matches(@"extra fields kept raw\W+UF_CRM_1721244482250, PARENT_ID_1220", output);
        Assert.Contains("crm.activity.binding.add activity", output);
        Assert.Contains("crm.activity.binding.move activity", output);
        Assert.Contains("crm.contact.company.items.set contact", output);
        Assert.Contains("crm.activity.update activity", output);
        Assert.Contains("Typed error from crm.deal.get 987654321: DealGetError.NotFound (HTTP 400", output);
        Assert.Matches(@"rows\W+20,002\W", output);
        Assert.Matches(@"QUERY_LIMIT_EXCEEDED answers\W+0\W", output);
        Assert.Matches(@"crm\.deal\.get 987654321\W+DealGetError\.NotFound", output);
        Assert.Matches(@"crm\.deal\.add\W+new deal \d+", output);
        Assert.DoesNotContain("\u001b", output, StringComparison.Ordinal);
        Assert.Contains("1 refresh (the portal saw 1), all 10 calls answered.", output);
        Assert.EndsWith("Done.", output.TrimEnd(), StringComparison.Ordinal);
        Assert.DoesNotContain("/rest/1/", output);
    }

    [Fact]
    public async Task With_a_webhook_it_talks_to_that_portal_read_only_and_never_prints_the_secret()
    {
        await using var portal = await LeakScan.StartPortalAsync(TestContext.Current.CancellationToken);
        var deal = portal.Crm.Add(new FakeDeal { Title = "Real portal deal" });

        var (exitCode, output) = await RunSample(["--deal", deal.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)], new Dictionary<string, string?> { ["B24_WEBHOOK_URL"] = portal.WebhookUrl });

        Assert.True(exitCode == 0, output);
        Assert.Contains("Real portal deal", output);
        Assert.Contains("Read-only run", output);
        Assert.All(portal.Calls, call => Assert.Equal("crm.deal.get", call.Method));
        Assert.DoesNotContain(portal.WebhookSecret, output);
    }

    [Fact]
    public async Task A_plain_http_webhook_to_another_host_fails_cleanly()
    {
        var (exitCode, output) = await RunSample([], new Dictionary<string, string?> { ["B24_WEBHOOK_URL"] = "http://portal.example.com/rest/1/s3cr3tvalue123456/" });

        Assert.Equal(1, exitCode);
        Assert.Contains("HTTPS", output);
        Assert.DoesNotContain("s3cr3tvalue123456", output);
    }

    private static Task<(int ExitCode, string Output)> RunSample(IEnumerable<string> arguments, IReadOnlyDictionary<string, string?> environment)
    {
        var sample = Path.Combine(RepositoryPaths.Root, "samples", "Bitrix24.Sample", "bin", RepositoryPaths.Configuration, "net10.0", "Bitrix24.Sample.dll");
        Assert.True(File.Exists(sample), $"The sample was not built: {sample}");
        return ProcessRunner.RunAsync("dotnet", [sample, .. arguments], RepositoryPaths.Root, TimeSpan.FromMinutes(2), environment);
    }
}
