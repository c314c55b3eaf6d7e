using System;
using System.Linq;
using System.Threading;
using Bitrix24.Client;
using Bitrix24.Client.Errors;
using Bitrix24.Generated;
using Bitrix24.Sample;
using Bitrix24.Testing;
using Spectre.Console;

// With no configuration the walkthrough runs against the embedded fake portal, then the production tour (bulk read,
// batch, OAuth refresh; --bulk-rows N sets the rows seeded); with B24_WEBHOOK_URL set it talks to that real portal,
// read-only unless --write is given (then it needs the ids of records it may change); --bulk adds a bulk read of deals.
var bulkRows = CommandLine.Number(args, "--bulk-rows", 150_000);
using var cancel = new CancellationTokenSource(TimeSpan.FromMinutes(2) + TimeSpan.FromSeconds(bulkRows / 2_000));
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

var webhook = Environment.GetEnvironmentVariable("B24_WEBHOOK_URL");
var write = args.Contains("--write");
try
{
    if (string.IsNullOrWhiteSpace(webhook))
    {
        await using var portal = await FakePortal.StartAsync(cancel.Token);
        Console.WriteLine($"Started the fake portal at {portal.BaseUrl} (set B24_WEBHOOK_URL to use a real portal).");
        using var client = new Bitrix24Client(portal.WebhookUrl);
        await new Walkthrough(new Bitrix24Api(client), DemoData.Seed(portal), write: true).RunAsync(cancel.Token);
        await new ProductionTour(portal, (int)bulkRows).RunAsync(cancel.Token);
    }
    else
    {
        using var client = new Bitrix24Client(webhook);
        Console.WriteLine($"Calling {client}{(write ? " (writes allowed)" : " (read-only)")}.");
        var data = CommandLine.Data(args);
        await new Walkthrough(new Bitrix24Api(client), data, write).RunAsync(cancel.Token);
        if (args.Contains("--bulk"))
        {
            Console.WriteLine("Bulk read of every deal:");
            AnsiConsole.Write(await ProductionTour.BulkReadAsync(client, expectedRows: 0, cancel.Token));
        }
    }

    Console.WriteLine("Done.");
    return 0;
}
catch (Exception exception) when (exception is Bitrix24Exception or Bitrix24TransportException or Bitrix24AuthenticationException or ArgumentException)
{
    Console.Error.WriteLine($"Failed: {exception.Message}");
    return 1;
}
