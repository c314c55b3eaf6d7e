using System;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Bitrix24.Client;
using Bitrix24.Client.Auth;
using Bitrix24.Client.Errors;
using Bitrix24.Client.Paging;
using Bitrix24.Client.Transport;
using Bitrix24.Generated;
using Bitrix24.Generated.Crm;
using Bitrix24.Testing;
using Bitrix24.Testing.Limits;
using Spectre.Console;

namespace Bitrix24.Sample;

/// <summary>
/// What the runtime does in production, against the fake portal enforcing a standard plan's request-rate limit
/// (50 requests, draining 2 per second): a bulk read, a batch with one failing command, and an OAuth refresh.
/// </summary>
internal sealed class ProductionTour(FakePortal portal, int bulkRows)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        portal.Limits.RequestRate = new FakeRequestRate(capacity: 50, drainPerSecond: 2);
        await BulkReadAsync(cancellationToken);
        await BatchAsync(cancellationToken);
        await OAuthRefreshAsync(cancellationToken);
    }

    /// <summary>Reads every deal of a portal with the bulk reader, showing progress; usable against a real portal too.</summary>
    /// <returns>The summary table: rows, time, requests, throttling, retries.</returns>
    public static async Task<Table> BulkReadAsync(Bitrix24Client client, long expectedRows, CancellationToken cancellationToken)
    {
        var requestsBefore = client.Statistics.Requests;
        var rows = 0L;
        var clock = Stopwatch.StartNew();
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask("crm.deal.list", maxValue: Math.Max(1, expectedRows));
                task.IsIndeterminate = expectedRows <= 0;
                var options = new Bitrix24BulkReadOptions { Progress = new BulkReadProgress(task, client.Statistics) };
#pragma warning disable CS0618 // crm.deal.list is deprecated (crm.item.list replaces it); the fake implements it.
                await foreach (var _ in new Bitrix24Api(client).Crm.Deal.ListBulkAsync(new DealListRequest { Select = ["ID", "TITLE"] }, options, cancellationToken))
#pragma warning restore CS0618
                {
                    rows++;
                }

                task.IsIndeterminate = false;
                task.Value = task.MaxValue;
            });

        var seconds = Math.Max(0.001, clock.Elapsed.TotalSeconds);
        var requests = client.Statistics.Requests - requestsBefore;
        return SampleTables.Of(
            "bulk read",
            ("rows", $"{rows:N0}"),
            ("seconds", $"{seconds:0.0}"),
            ("rows/s", $"{rows / seconds:N0}"),
            ("requests", $"{requests} ({rows / (double)Math.Max(1, requests):N0} rows each)"),
            ("throttled", $"{client.Statistics.ThrottleWait.TotalSeconds:0.0} s"),
            ("retries", $"{client.Statistics.Retries}"));
    }

    private async Task BulkReadAsync(CancellationToken cancellationToken)
    {
        portal.Crm.SeedDeals(bulkRows);
        Console.WriteLine($"Bulk read of crm.deal.list ({bulkRows:N0} more deals seeded; the portal allows 50 requests, draining 2/s):");
        using var client = new Bitrix24Client(portal.WebhookUrl);
        var summary = await BulkReadAsync(client, bulkRows, cancellationToken);
        SampleTables.AddRow(summary, "QUERY_LIMIT_EXCEEDED answers", $"{portal.Limits.RejectedRequests}");
        AnsiConsole.Write(summary);
    }

    private async Task BatchAsync(CancellationToken cancellationToken)
    {
        using var client = new Bitrix24Client(portal.WebhookUrl);
        var batch = client.Batch();
        var api = new Bitrix24Api(batch);
        var existing = portal.Crm.Deals.First().Id;
#pragma warning disable CS0618 // crm.deal.get and crm.deal.add are deprecated; the fake implements them.
        var found = api.Crm.Deal.GetAsync(new DealGetRequest { Id = existing }, cancellationToken);
        var missing = api.Crm.Deal.GetAsync(new DealGetRequest { Id = 987654321 }, cancellationToken);
        var added = api.Crm.Deal.AddAsync(new DealAddRequest { Fields = new() { Title = "Added in a batch" } }, cancellationToken);
#pragma warning restore CS0618
        await batch.ExecuteAsync(cancellationToken);

        string missingAnswer;
        try
        {
            await missing;
            missingAnswer = "unexpectedly found";
        }
        catch (Bitrix24MethodException<DealGetError> error)
        {
            missingAnswer = $"DealGetError.{error.MethodError} (\"{error.Description}\")";
        }

        AnsiConsole.Write(SampleTables.Of(
            "batch of three commands in one request",
            ($"crm.deal.get {existing}", $"\"{(await found).Result.Title}\""),
            ("crm.deal.get 987654321", $"{missingAnswer}"),
            ("crm.deal.add", $"new deal {(await added).Result}")));
    }

    private async Task OAuthRefreshAsync(CancellationToken cancellationToken)
    {
        var tokens = portal.OAuth.Issue();
        using var client = new Bitrix24Client(new Bitrix24ClientOptions
        {
            OAuth = new Bitrix24OAuthOptions
            {
                PortalUrl = portal.BaseUrl,
                ClientId = portal.OAuth.ClientId,
                ClientSecret = portal.OAuth.ClientSecret,
                TokenEndpoint = portal.OAuth.TokenEndpoint,
                InitialTokens = new Bitrix24Tokens(tokens.AccessToken, tokens.RefreshToken),
            },
        });
        var api = new Bitrix24Api(client);
        var id = portal.Crm.Deals.First().Id;
        portal.OAuth.ExpireAccessTokens();
#pragma warning disable CS0618 // crm.deal.get is deprecated; the fake implements it.
        var titles = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => api.Crm.Deal.GetAsync(new DealGetRequest { Id = id }, cancellationToken)));
#pragma warning restore CS0618
        Console.WriteLine($"OAuth: the access token expired under 10 concurrent calls; {client.Statistics.TokenRefreshes} refresh (the portal saw {portal.OAuth.RefreshCount}), all {titles.Length} calls answered.");
    }
}
