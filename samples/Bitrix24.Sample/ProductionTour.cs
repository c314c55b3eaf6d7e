using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Bitrix24.Client;
using Bitrix24.Client.Auth;
using Bitrix24.Client.Errors;
using Bitrix24.Generated;
using Bitrix24.Generated.Crm;
using Bitrix24.Testing;
using Bitrix24.Testing.Limits;

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
    public static async Task<long> BulkReadAsync(Bitrix24Client client, long expectedRows, CancellationToken cancellationToken)
    {
        var bar = new ProgressBar(expectedRows, client.Statistics);
        var requestsBefore = client.Statistics.Requests;
        var rows = 0L;
#pragma warning disable CS0618 // crm.deal.list is deprecated (crm.item.list replaces it); the fake implements it.
        await foreach (var _ in new Bitrix24Api(client).Crm.Deal.ListBulkAsync(new DealListRequest { Select = ["ID", "TITLE"] }, new() { Progress = bar }, cancellationToken))
#pragma warning restore CS0618
        {
            rows++;
        }

        bar.Finish();
        var requests = client.Statistics.Requests - requestsBefore;
        Console.WriteLine($"  {rows:N0} rows in {bar.Elapsed.TotalSeconds:0.0} s ({rows / Math.Max(0.001, bar.Elapsed.TotalSeconds):N0} rows/s), {requests} requests ({rows / (double)Math.Max(1, requests):N0} rows each), throttled {client.Statistics.ThrottleWait.TotalSeconds:0.0} s, {client.Statistics.Retries} retries");
        return rows;
    }

    private async Task BulkReadAsync(CancellationToken cancellationToken)
    {
        portal.Crm.SeedDeals(bulkRows);
        Console.WriteLine($"Bulk read of crm.deal.list ({bulkRows:N0} more deals seeded; the portal allows 50 requests, draining 2/s):");
        using var client = new Bitrix24Client(portal.WebhookUrl);
        await BulkReadAsync(client, bulkRows, cancellationToken);
        Console.WriteLine($"  QUERY_LIMIT_EXCEEDED answers: {portal.Limits.RejectedRequests}");
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

        Console.WriteLine("Batch of three commands in one request:");
        Console.WriteLine($"  crm.deal.get {existing}: \"{(await found).Result.Title}\"");
        try
        {
            await missing;
        }
        catch (Bitrix24MethodException<DealGetError> error)
        {
            Console.WriteLine($"  crm.deal.get 987654321: DealGetError.{error.MethodError} (\"{error.Description}\")");
        }

        Console.WriteLine($"  crm.deal.add: new deal {(await added).Result}");
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
