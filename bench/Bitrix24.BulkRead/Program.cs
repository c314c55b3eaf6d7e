using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using Bitrix24.Client;
using Bitrix24.Client.Paging;
using Bitrix24.Generated;
using Bitrix24.Generated.Crm;
using Bitrix24.Testing;
using Bitrix24.Testing.Limits;

// Whole-list read of crm.deal.list against the fake portal enforcing the request-rate limit (standard plan: 50, 2/s).
// Usage: dotnet run -c Release --project bench/Bitrix24.BulkRead -- <rows> [capacity] [drain per second] [HTTP 500 every n requests]
var rows = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
var capacity = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 50;
var drain = args.Length > 2 ? double.Parse(args[2], CultureInfo.InvariantCulture) : 2;
var faultEvery = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 0;

await using var portal = await FakePortal.StartAsync();
portal.Crm.SeedDeals(rows);
portal.Limits.RequestRate = new FakeRequestRate(capacity, drain);
if (faultEvery > 0)
{
    portal.Faults.EveryNthRequest(faultEvery, FakeFault.Http500);
}
using var client = new Bitrix24Client(new Bitrix24ClientOptions { WebhookUrl = portal.WebhookUrl, RateLimit = { Capacity = capacity, DrainPerSecond = drain } });

var clock = Stopwatch.StartNew();
var arrivals = new List<double>();
var peakHeap = 0L;
var progress = new Recorder(_ =>
{
    arrivals.Add(clock.Elapsed.TotalSeconds);
    peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(forceFullCollection: false));
});
var read = 0L;
var lastId = 0L;
var ascending = true;
#pragma warning disable CS0618 // crm.deal.list is deprecated; the fake implements it.
await foreach (var row in new Bitrix24Api(client).Crm.Deal.ListBulkAsync(new DealListRequest { Select = ["ID", "TITLE"] }, new() { Progress = progress }))
#pragma warning restore CS0618
{
    var id = row.Id ?? throw new InvalidOperationException("a row without ID");
    ascending &= id > lastId;
    lastId = id;
    read++;
}

var seconds = clock.Elapsed.TotalSeconds;
var requests = client.Statistics.Requests;

// Once the bucket is spent (capacity minus the client's headroom), requests can only follow the drain.
var sustained = arrivals.Skip(capacity).ToList();
var pacing = sustained.Count > 1
    ? string.Create(CultureInfo.InvariantCulture, $"{(sustained.Count - 1) / (sustained[^1] - sustained[0]) / drain:P1} of the {drain}/s drain over {sustained.Count} requests")
    : $"not measured (every request fit in the bucket's burst of {capacity})";
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"rows {read} of {rows} ({(ascending ? "each once, in id order" : "NOT each once")}), requests {requests}, rows/request {read / (double)requests:0.0}, {seconds:0.00} s, rows/s {read / seconds:0}"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"sustained pacing {pacing}, QUERY_LIMIT_EXCEEDED {portal.Limits.RejectedRequests}, retries {client.Statistics.Retries}"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak managed heap {peakHeap / 1048576.0:0.0} MB, peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:0.0} MB"));
return read == rows && ascending && portal.Limits.RejectedRequests == 0 ? 0 : 1;

/// <summary>Records each request synchronously (Progress&lt;T&gt; would post to the thread pool and reorder).</summary>
internal sealed class Recorder(Action<Bitrix24BulkReadProgress> record) : IProgress<Bitrix24BulkReadProgress>
{
    public void Report(Bitrix24BulkReadProgress value) => record(value);
}
