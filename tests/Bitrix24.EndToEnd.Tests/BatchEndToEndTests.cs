using System;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Bitrix24.Client;
using Bitrix24.Client.Batch;
using Bitrix24.Client.Errors;
using Bitrix24.Generated;
using Bitrix24.Generated.Crm;
using Bitrix24.Generated.V3.Tasks;
using Bitrix24.Testing;
using Bitrix24.Testing.Crm;

namespace Bitrix24.EndToEnd.Tests;

/// <summary>Generated calls collected in a batch against the fake portal: typed results and typed errors, in place.</summary>
public sealed class BatchEndToEndTests
{
    [Fact]
    public async Task A_hundred_and_twenty_mixed_calls_take_three_requests_and_keep_each_outcome()
    {
        await using var portal = await LeakScan.StartPortalAsync(TestContext.Current.CancellationToken);
        var first = portal.Crm.SeedDeals(60);
        using var client = new Bitrix24Client(portal.WebhookUrl);
        var batch = client.Batch();
        var api = new Bitrix24Api(batch);

        // Even positions ask for an existing deal, odd ones for a missing one.
#pragma warning disable CS0618 // crm.deal.get is deprecated; the fake implements it.
        var calls = Enumerable.Range(0, 120)
            .Select(i => api.Crm.Deal.GetAsync(new DealGetRequest { Id = i % 2 == 0 ? first + (i / 2) : 1_000_000 + i }, TestContext.Current.CancellationToken))
            .ToList();
#pragma warning restore CS0618
        await batch.ExecuteAsync(TestContext.Current.CancellationToken);

        Assert.Equal(3, portal.Calls.Count(call => call.Method == "batch"));
        for (var i = 0; i < 120; i++)
        {
            if (i % 2 == 0)
            {
                Assert.Equal(first + (i / 2), (await calls[i]).Result.Id);
            }
            else
            {
                var error = await Assert.ThrowsAsync<Bitrix24MethodException<DealGetError>>(() => calls[i]);
                Assert.Equal(DealGetError.NotFound, error.MethodError);
            }
        }
    }

    [Fact]
    public async Task Halt_stops_at_the_first_failing_command()
    {
        await using var portal = await LeakScan.StartPortalAsync(TestContext.Current.CancellationToken);
        var first = portal.Crm.SeedDeals(3);
        using var client = new Bitrix24Client(portal.WebhookUrl);
        var batch = client.Batch(halt: true);
        var api = new Bitrix24Api(batch);

#pragma warning disable CS0618 // crm.deal.get and crm.deal.add are deprecated; the fake implements them.
        var found = api.Crm.Deal.GetAsync(new DealGetRequest { Id = first }, TestContext.Current.CancellationToken);
        var missing = api.Crm.Deal.GetAsync(new DealGetRequest { Id = 999_999 }, TestContext.Current.CancellationToken);
        var notRun = api.Crm.Deal.AddAsync(new DealAddRequest { Fields = new() { Title = "never" } }, TestContext.Current.CancellationToken);
#pragma warning restore CS0618
        await batch.ExecuteAsync(TestContext.Current.CancellationToken);

        Assert.Equal(first, (await found).Result.Id);
        await Assert.ThrowsAsync<Bitrix24MethodException<DealGetError>>(() => missing);
        await Assert.ThrowsAsync<Bitrix24BatchSkippedException>(() => notRun);
        Assert.DoesNotContain(portal.Executions, execution => execution.Method == "crm.deal.add");
    }

    [Fact]
    public async Task Nested_fields_survive_the_php_style_encoding_and_references_resolve()
    {
        await using var portal = await LeakScan.StartPortalAsync(TestContext.Current.CancellationToken);
        using var client = new Bitrix24Client(portal.WebhookUrl);
        var batch = client.Batch();
        var api = new Bitrix24Api(batch);

#pragma warning disable CS0618 // crm.deal.add and crm.deal.get are deprecated; the fake implements them.
        var added = api.Crm.Deal.AddAsync(new DealAddRequest { Fields = new() { Title = "Q&A = 100% «ок»", Opportunity = 12.5, IsRecurring = "N" } }, TestContext.Current.CancellationToken);
        batch.Key("reread");
        var reread = batch.CallAsync("crm.deal.get", $$"""{"id":"{{Bitrix24Batch.Reference("c0")}}"}""", TestContext.Current.CancellationToken);
#pragma warning restore CS0618
        await batch.ExecuteAsync(TestContext.Current.CancellationToken);

        var id = (await added).Result;
        var deal = (await reread).Result;
        Assert.Equal(id.ToString(System.Globalization.CultureInfo.InvariantCulture), deal.GetProperty("ID").GetString());
        Assert.Equal("Q&A = 100% «ок»", deal.GetProperty("TITLE").GetString());
        Assert.Equal("12.50", deal.GetProperty("OPPORTUNITY").GetString());
    }

    [Theory]
    [InlineData("""{"result": "nope"}""")]
    [InlineData("""{"result": {"result": {"c0": {"ID": "1"}}, "result_error": {"c1": "garbage"}, "result_total": {"c0": "x"}, "result_time": {"c0": [1]}}}""")]
    [InlineData("""{"result": {"result": [], "result_error": {"c0": {"error": {}}, "c1": 42}}}""")]
    public async Task A_malformed_batch_answer_over_http_completes_every_call_with_a_typed_outcome(string answer)
    {
        await using var portal = await LeakScan.StartPortalAsync(TestContext.Current.CancellationToken);
        portal.Faults.InjectRaw("batch", 200, "application/json", answer);
        using var client = new Bitrix24Client(portal.WebhookUrl);
        var batch = client.Batch();
        var api = new Bitrix24Api(batch);

#pragma warning disable CS0618 // crm.deal.get is deprecated; the fake implements it.
        Task[] calls = [.. Enumerable.Range(1, 3).Select(id => api.Crm.Deal.GetAsync(new DealGetRequest { Id = id }, TestContext.Current.CancellationToken))];
#pragma warning restore CS0618
        var execution = batch.ExecuteAsync(TestContext.Current.CancellationToken);

        // A hang guard, not a timed assertion: a call whose task never completes fails the test with a TimeoutException.
        await Task.WhenAll([.. calls, execution]).ContinueWith(_ => { }, TestContext.Current.CancellationToken, TaskContinuationOptions.None, TaskScheduler.Default)
            .WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        Assert.True(execution.IsCompletedSuccessfully || execution.Exception!.InnerException is Bitrix24ResponseFormatException, $"{execution.Exception}");
        Assert.All(calls, call => Assert.True(call.IsCompletedSuccessfully || call.Exception!.InnerException is Bitrix24Exception, $"{call.Exception}"));
        Assert.Contains(calls, call => call.Exception?.InnerException is Bitrix24ResponseFormatException);
    }

    [Fact]
    public async Task Rest3_calls_go_in_rest3s_json_batch()
    {
        await using var portal = await LeakScan.StartPortalAsync(TestContext.Current.CancellationToken);
        using var client = new Bitrix24Client(portal.WebhookUrl);
        var batch = client.Batch();
        var api = new Bitrix24Api(batch);

        var task = api.V3.Tasks.Task.AddAsync(new TaskAddRequest { Fields = new() { Title = "From a batch", CreatorId = 1, ResponsibleId = 1 } }, TestContext.Current.CancellationToken);
        var invalid = api.V3.Tasks.Task.GetAsync(new TaskGetRequest { Id = 424242 }, TestContext.Current.CancellationToken);
        await batch.ExecuteAsync(TestContext.Current.CancellationToken);

        var call = Assert.Single(portal.Calls, call => call.Method == "batch");
        Assert.Equal(3, call.RestVersion);
        Assert.Equal(JsonValueKind.Array, JsonDocument.Parse(call.Body).RootElement.ValueKind);
        Assert.Equal("From a batch", (await task).Result.Item?.Title);
        Assert.StartsWith("BITRIX_REST_V3_", (await Assert.ThrowsAnyAsync<Bitrix24Exception>(() => invalid)).Code, StringComparison.Ordinal);
        Assert.Equal("From a batch", Assert.Single(portal.Tasks.All).Title);
    }
}
