using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Bitrix24.Client.Batch;
using Bitrix24.Client.Errors;
using Bitrix24.Client.Json;
using Bitrix24.Client.Transport;
using Bitrix24.Tests.Shared.Http;

namespace Bitrix24.Client.Tests;

/// <summary>The typed batch over a stub portal that answers each command by its id: even ids succeed, odd ids fail.</summary>
public sealed class BatchTests
{
    private const string Webhook = "https://batch.example/rest/5/b4tchS3cr3t00000/";

    private static readonly Bitrix24Method<long> Get = new("test.item.get", 2, isRead: true, JsonValueReader.TryReadInt64Item, mapError: null);

    [Fact]
    public async Task Commands_are_split_into_requests_of_fifty_and_answered_in_place()
    {
        var handler = PortalStub(halt: false);
        using var client = Client(handler);
        var batch = client.Batch();
        var calls = Enumerable.Range(1, 120).Select(id => batch.SendAsync(Get, new IdRequest(id), TestContext.Current.CancellationToken)).ToList();

        await batch.ExecuteAsync(TestContext.Current.CancellationToken);

        Assert.Equal([50, 50, 20], handler.Requests.Select(request => CommandsOf(request.Body).Count));
        for (var id = 1; id <= 120; id++)
        {
            var call = calls[id - 1];
            if (id % 2 == 0)
            {
                Assert.Equal(id * 10, (await call).Result);
            }
            else
            {
                var error = await Assert.ThrowsAsync<Bitrix24Exception>(() => call);
                Assert.Equal(("ODD_ID", "test.item.get", $"Item {id} is odd"), (error.Code, error.Method, error.Description));
            }
        }
    }

    [Fact]
    public async Task Halt_skips_the_commands_after_the_first_error_and_every_later_request()
    {
        var handler = PortalStub(halt: true);
        using var client = Client(handler);
        var batch = client.Batch(halt: true);
        var calls = new[] { 2, 4, 5, 6 }.Concat(Enumerable.Range(100, 50).Select(i => i * 2)).Select(id => batch.SendAsync(Get, new IdRequest(id), TestContext.Current.CancellationToken)).ToList();

        await batch.ExecuteAsync(TestContext.Current.CancellationToken);

        Assert.Single(handler.Requests);
        Assert.Equal(20, (await calls[0]).Result);
        Assert.Equal(40, (await calls[1]).Result);
        await Assert.ThrowsAsync<Bitrix24Exception>(() => calls[2]);
        Assert.All(calls.Skip(3), call => Assert.IsType<Bitrix24BatchSkippedException>(call.Exception!.InnerException));
    }

    [Fact]
    public async Task Keys_and_references_travel_in_the_commands()
    {
        var handler = PortalStub(halt: false);
        using var client = Client(handler);
        var batch = client.Batch();

        _ = batch.Key("first").SendAsync(Get, new IdRequest(2), TestContext.Current.CancellationToken);
        _ = batch.CallAsync("test.item.update", $$$"""{"id":4,"fields":{"PARENT":"{{{Bitrix24Batch.Reference("first", "ID")}}}","FLAG":true}}""", TestContext.Current.CancellationToken);
        await batch.ExecuteAsync(TestContext.Current.CancellationToken);

        var commands = CommandsOf(handler.Requests.Single().Body);
        Assert.Equal("test.item.get?id=2", commands["first"]);
        Assert.Equal("test.item.update?id=4&fields[PARENT]=$result[first][ID]&fields[FLAG]=1", commands["c1"]);
    }

    [Fact]
    public async Task A_reference_to_a_command_of_another_request_is_refused_before_sending()
    {
        var handler = PortalStub(halt: false);
        using var client = Client(handler);
        var batch = client.Batch();
        _ = batch.Key("early").SendAsync(Get, new IdRequest(2), TestContext.Current.CancellationToken);
        for (var i = 0; i < 60; i++)
        {
            _ = batch.SendAsync(Get, new IdRequest(4), TestContext.Current.CancellationToken);
        }

        _ = batch.CallAsync("test.item.get", $$"""{"id":"{{Bitrix24Batch.Reference("early", "ID")}}"}""", TestContext.Current.CancellationToken);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => batch.ExecuteAsync(TestContext.Current.CancellationToken));
        Assert.Contains("early", error.Message, StringComparison.Ordinal);
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task Empty_members_written_as_php_arrays_are_read()
    {
        var handler = new StubHandler((_, _) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent("""{"result":{"result":[],"result_error":{"c0":{"error":"NOT_FOUND","error_description":"Not found"}},"result_total":[],"result_next":[],"result_time":[]},"time":{}}""", Encoding.UTF8, "application/json"),
        }));
        using var client = Client(handler);
        var batch = client.Batch();
        var call = batch.SendAsync(Get, new IdRequest(1), TestContext.Current.CancellationToken);

        await batch.ExecuteAsync(TestContext.Current.CancellationToken);

        Assert.Equal("NOT_FOUND", (await Assert.ThrowsAsync<Bitrix24Exception>(() => call)).Code);
    }

    /// <summary>Batch answers of every wrong shape: the <c>result</c> of a batch call, then members of that result.</summary>
    public static TheoryData<string> MalformedAnswers() =>
    [
        "\"nope\"", "42", "null", "true", "[1, \"x\", null]", "{}", "[]",
        """{"result": "nope"}""", """{"result": 5, "result_error": []}""", """{"result": {}, "result_error": "garbage"}""",
        """{"result": {"c0": 1}, "result_error": {"c1": "garbage", "c2": 7}}""",
        """{"result": {"c0": 1}, "result_error": {"c1": null, "c2": [], "c3": {}}}""",
        """{"result": {"c0": 1}, "result_error": {"c1": {"error": []}, "c2": {"error": {"code": 5}}, "c3": {"foo": 1}}}""",
        """{"result": {"c0": "not a number", "c1": {"deep": [1]}, "c2": [], "c3": null}}""",
        """{"result": {"c0": 1, "c1": 2, "c2": 3, "c3": 4}, "result_total": {"c0": "abc", "c1": [], "c2": {}}, "result_next": {"c0": true, "c1": 1e300}}""",
        """{"result": {"c0": 1, "c1": 2, "c2": 3, "c3": 4}, "result_time": {"c0": "x", "c1": [], "c2": {"operating": "NaN", "operating_reset_at": "soon"}, "c3": {"operating": {"a": 1}}}}""",
        """{"result": {"c0": 1, "c1": 2, "c2": 3, "c3": 4}, "result_total": 5, "result_next": "x", "result_time": 7}""",
        """{"result": {"c0": 1}, "result_error": {"c1": {"error": "OPERATION_TIME_LIMIT", "error_description": 5}}, "result_time": {"c0": {"operating": 1e308, "operating_reset_at": 99999999999999}}}""",
        """{"result": {"result": {"c0": 1}}}""",
        """{"result": [[], {}, "x", null, 1]}""",
    ];

    [Theory]
    [MemberData(nameof(MalformedAnswers))]
    public async Task Every_command_task_completes_with_a_typed_outcome_whatever_the_batch_answer(string batchResult)
    {
        var handler = StubHandler.Json("{\"result\": " + batchResult + ", \"time\": {}}");

        // A portal of its own: an OPERATION_TIME_LIMIT among the shapes pauses its method for every client of the portal.
        using var client = Client(handler, Webhook.Replace("batch.example", $"batch-{Guid.NewGuid():N}.example", StringComparison.Ordinal));
        var batch = client.Batch();
        var cancellationToken = TestContext.Current.CancellationToken;
        Task[] calls =
        [
            batch.SendAsync(Get, new IdRequest(1), cancellationToken),
            batch.CallAsync("test.item.update", """{"id": 2}""", cancellationToken),
            batch.SendAsync(Get, new IdRequest(3), cancellationToken),
            batch.SendAsync(new Bitrix24Method<JsonElement>("test.raw.get", 2, isRead: true, JsonValueReader.TryReadRawItem, mapError: null), new IdRequest(4), cancellationToken),
        ];

        var execution = batch.ExecuteAsync(cancellationToken);

        // A hang guard, not a timed assertion: a task that never completes fails the test with a TimeoutException.
        var everything = Task.WhenAll([.. calls, execution]);
        await everything.ContinueWith(_ => { }, cancellationToken, TaskContinuationOptions.None, TaskScheduler.Default).WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
        Assert.True(execution.IsCompletedSuccessfully || execution.Exception!.InnerException is Bitrix24ResponseFormatException, $"ExecuteAsync failed with {execution.Exception}");
        Assert.All(calls, call =>
        {
            Assert.True(call.IsCompleted, "a command's task never completed");
            Assert.True(call.IsCompletedSuccessfully || call.Exception!.InnerException is Bitrix24Exception or Bitrix24BatchSkippedException, $"a command failed with {call.Exception}");
        });
    }

    [Fact]
    public async Task An_answer_of_no_batch_shape_fails_every_command_with_the_format_error_and_is_rethrown()
    {
        using var client = Client(StubHandler.Json("""{"result": "nope", "time": {}}"""));
        var batch = client.Batch();
        var call = batch.SendAsync(Get, new IdRequest(1), TestContext.Current.CancellationToken);

        var error = await Assert.ThrowsAsync<Bitrix24ResponseFormatException>(() => batch.ExecuteAsync(TestContext.Current.CancellationToken));

        Assert.Same(error, await Assert.ThrowsAsync<Bitrix24ResponseFormatException>(() => call));
        Assert.Contains("nope", error.RawBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Garbage_in_result_error_is_a_format_error_for_that_command_only()
    {
        using var client = Client(StubHandler.Json("""{"result": {"result": {"c0": 10}, "result_error": {"c1": "garbage", "c2": {"error": "NOT_FOUND", "error_description": "Not found"}}}}"""));
        var batch = client.Batch();
        var calls = Enumerable.Range(1, 4).Select(id => batch.SendAsync(Get, new IdRequest(id), TestContext.Current.CancellationToken)).ToList();

        await batch.ExecuteAsync(TestContext.Current.CancellationToken);

        Assert.Equal(10, (await calls[0]).Result);
        Assert.Contains("'c1'", (await Assert.ThrowsAsync<Bitrix24ResponseFormatException>(() => calls[1])).Message, StringComparison.Ordinal);
        Assert.Equal("NOT_FOUND", (await Assert.ThrowsAsync<Bitrix24Exception>(() => calls[2])).Code);
        Assert.Contains("neither a result nor an error", (await Assert.ThrowsAsync<Bitrix24ResponseFormatException>(() => calls[3])).Message, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> CommandsOf(string body)
        => JsonDocument.Parse(body).RootElement.GetProperty("cmd").EnumerateObject().ToDictionary(command => command.Name, command => command.Value.GetString()!);

    private static Bitrix24Client Client(StubHandler handler, string webhook = Webhook)
        => new(new Bitrix24ClientOptions { WebhookUrl = webhook, RateLimit = { Enabled = false } }, new HttpClient(handler));

    private static StubHandler PortalStub(bool halt) => new(async (request, cancellationToken) =>
    {
        var body = await request.Content!.ReadAsStringAsync(cancellationToken);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("result");
            var results = new Dictionary<string, long>();
            var errors = new Dictionary<string, long>();
            foreach (var (key, command) in CommandsOf(body))
            {
                var id = long.Parse(command.Split("id=")[1].Split('&')[0], System.Globalization.CultureInfo.InvariantCulture);
                (id % 2 == 0 ? results : errors)[key] = id;
                if (halt && id % 2 == 1)
                {
                    break;
                }
            }

            writer.WriteStartObject("result");
            foreach (var (key, id) in results)
            {
                writer.WriteNumber(key, id * 10);
            }

            writer.WriteEndObject();
            writer.WriteStartObject("result_error");
            foreach (var (key, id) in errors)
            {
                writer.WriteStartObject(key);
                writer.WriteString("error", "ODD_ID");
                writer.WriteString("error_description", $"Item {id} is odd");
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
            writer.WriteStartArray("result_total");
            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(buffer.ToArray()) };
    });

    private sealed record IdRequest(long Id) : IBitrix24Request
    {
        public void WriteTo(Utf8JsonWriter writer)
        {
            writer.WriteStartObject();
            writer.WriteNumber("id", Id);
            writer.WriteEndObject();
        }
    }
}
