using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Bitrix24.Client.Errors;
using Bitrix24.Client.Json;
using Bitrix24.Client.Transport;
using Bitrix24.Tests.Shared.Http;

namespace Bitrix24.Client.Tests;

/// <summary>The transport over an in-memory handler: URLs, bodies, envelopes, errors, timeouts, and no secret anywhere.</summary>
public sealed class Bitrix24ClientTests
{
    private const string Secret = "k3epm3s3cr3t0000";
    private const string Webhook = "https://portal.example/rest/5/" + Secret + "/";

    private static readonly Bitrix24Method<long> GetNumber = new("test.number.get", 2, isRead: true, JsonValueReader.TryReadInt64Item, mapError: null);

    private readonly CapturingLogger<Bitrix24Client> _logger = new();

    [Fact]
    public async Task Posts_json_to_the_method_url_and_reads_the_envelope()
    {
        var handler = StubHandler.Json("""{"result":"42","time":{"start":1.5,"operating":3.25,"operating_reset_at":1705765533,"date_start":"2024-04-03T10:26:32+02:00"},"total":"120","next":50}""");
        using var client = Client(handler);

        var response = await client.SendAsync(GetNumber, new NumberRequest(7), TestContext.Current.CancellationToken);

        Assert.Equal(42, response.Result);
        Assert.Null(response.RawResult);
        Assert.Equal((120L, 50L), (response.Total!.Value, response.Next!.Value));
        Assert.Equal(3.25, response.Time!.Operating);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1705765533), response.Time.OperatingResetAt);
        Assert.Equal(new DateTimeOffset(2024, 4, 3, 10, 26, 32, TimeSpan.FromHours(2)), response.Time.DateStart);
        var (request, body) = Assert.Single(handler.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal($"https://portal.example/rest/5/{Secret}/test.number.get", request.RequestUri!.ToString());
        Assert.Equal("application/json", request.Content!.Headers.ContentType!.MediaType);
        Assert.Equal("{\"id\":7}", body);
    }

    [Fact]
    public async Task Rest3_methods_go_to_rest_api()
    {
        var handler = StubHandler.Json("""{"result":1}""");
        using var client = Client(handler);

        await client.SendAsync(new Bitrix24Method<long>("tasks.task.get", 3, true, JsonValueReader.TryReadInt64Item, null), null, TestContext.Current.CancellationToken);

        Assert.Equal($"https://portal.example/rest/api/5/{Secret}/tasks.task.get", handler.Requests.Single().Request.RequestUri!.ToString());
        Assert.Equal("{}", handler.Requests.Single().Body);
    }

    [Fact]
    public async Task A_result_of_an_unexpected_shape_is_kept_raw()
    {
        using var client = Client(StubHandler.Json("""{"result":{"unexpected":true}}"""));

        var response = await client.SendAsync(GetNumber, null, TestContext.Current.CancellationToken);

        Assert.Equal(0, response.Result);
        Assert.Equal("""{"unexpected":true}""", response.RawResult!.Value.GetRawText());
    }

    [Fact]
    public async Task Rest2_error_becomes_a_system_error_with_code_status_message_and_body()
    {
        const string body = """{"error":"QUERY_LIMIT_EXCEEDED","error_description":"Too many requests"}""";
        using var client = Client(StubHandler.Json(body, HttpStatusCode.ServiceUnavailable));

        var error = await Assert.ThrowsAsync<Bitrix24Exception>(() => client.SendAsync(GetNumber, null, TestContext.Current.CancellationToken));

        Assert.Equal((Bitrix24SystemError.QueryLimitExceeded, "QUERY_LIMIT_EXCEEDED", "Too many requests", 503, body), (error.SystemError, error.Code, error.Description, error.StatusCode, error.RawBody));
        Assert.Equal("test.number.get", error.Method);
    }

    [Fact]
    public async Task Rest3_error_object_is_read()
    {
        using var client = Client(StubHandler.Json("""{"error":{"code":"BITRIX_REST_V3_EXCEPTION_ACCESSDENIEDEXCEPTION","message":"Access denied","validation":[]}}""", HttpStatusCode.Forbidden));

        var error = await Assert.ThrowsAsync<Bitrix24Exception>(() => client.SendAsync(GetNumber, null, TestContext.Current.CancellationToken));

        Assert.Equal(("BITRIX_REST_V3_EXCEPTION_ACCESSDENIEDEXCEPTION", "Access denied", 403), (error.Code, error.Description, error.StatusCode));
    }

    [Fact]
    public async Task A_rest3_validation_error_names_each_field_and_skips_entries_it_cannot_read()
    {
        using var client = Client(StubHandler.Json("""
            {"error":{"code":"BITRIX_REST_V3_EXCEPTION_VALIDATION_REQUESTVALIDATIONEXCEPTION","message":"Error validating request object",
            "validation":[{"message":"Required field `id` is missing","field":"id"},"not an object",{"field":7},{"message":"Wrong type","field":"fields.title"}]}}
            """, HttpStatusCode.BadRequest));

        var error = await Assert.ThrowsAsync<Bitrix24Exception>(() => client.SendAsync(GetNumber, null, TestContext.Current.CancellationToken));

        Assert.Equal("Error validating request object", error.Description);
        Assert.Equal([new("id", "Required field `id` is missing"), new("7", string.Empty), new("fields.title", "Wrong type")], error.Validation);
        Assert.EndsWith("Error validating request object (id: Required field `id` is missing; 7: ; fields.title: Wrong type)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_error_without_validation_has_an_empty_list_and_a_plain_message()
    {
        using var client = Client(StubHandler.Json("""{"error":{"code":"X","message":"Denied","validation":{"field":"id"}}}""", HttpStatusCode.Forbidden));

        var error = await Assert.ThrowsAsync<Bitrix24Exception>(() => client.SendAsync(GetNumber, null, TestContext.Current.CancellationToken));

        Assert.Empty(error.Validation);
        Assert.EndsWith("(HTTP 403): Denied", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_documented_method_error_becomes_the_methods_typed_exception()
    {
        var method = new Bitrix24Method<long>("test.number.get", 2, true, JsonValueReader.TryReadInt64Item, info => info.Code == "NOT_FOUND" ? new Bitrix24MethodException<DayOfWeek>(DayOfWeek.Friday, info) : null);
        using var client = Client(StubHandler.Json("""{"error":"NOT_FOUND","error_description":"Element not found"}""", HttpStatusCode.BadRequest));

        var error = await Assert.ThrowsAsync<Bitrix24MethodException<DayOfWeek>>(() => client.SendAsync(method, null, TestContext.Current.CancellationToken));

        Assert.Equal(DayOfWeek.Friday, error.MethodError);
    }

    [Theory]
    [InlineData("<html><body>502 Bad Gateway</body></html>", HttpStatusCode.BadGateway)]
    [InlineData("{\"result\":", HttpStatusCode.OK)]
    [InlineData("[1,2]", HttpStatusCode.OK)]
    [InlineData("{\"time\":{}}", HttpStatusCode.OK)]
    [InlineData("{}", HttpStatusCode.InternalServerError)]
    [InlineData("", HttpStatusCode.OK)]
    public async Task A_bad_answer_is_a_typed_format_error(string body, HttpStatusCode status)
    {
        using var client = Client(StubHandler.Json(body, status, "text/html"));

        var error = await Assert.ThrowsAsync<Bitrix24ResponseFormatException>(() => client.SendAsync(GetNumber, null, TestContext.Current.CancellationToken));

        Assert.Equal((int)status, error.StatusCode);
        Assert.Equal(body, error.RawBody);
    }

    [Fact]
    public async Task CallAsync_sends_the_given_json_and_returns_the_raw_result()
    {
        var handler = StubHandler.Json("""{"result":{"ID":"1"},"total":1}""");
        using var client = Client(handler);

        var response = await client.CallAsync("crm.lead.get", """{"id": 1}""", TestContext.Current.CancellationToken);

        Assert.Equal("1", response.Result.GetProperty("ID").GetString());
        Assert.Equal(1, response.Total);
        Assert.Equal("""{"id": 1}""", handler.Requests.Single().Body);
        Assert.EndsWith("/crm.lead.get", handler.Requests.Single().Request.RequestUri!.AbsolutePath, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[1]")]
    [InlineData("{\"id\":")]
    public async Task CallAsync_refuses_parameters_that_are_not_one_json_object(string json)
    {
        using var client = Client(StubHandler.Json("{}"));

        await Assert.ThrowsAsync<ArgumentException>(() => client.CallAsync("crm.lead.get", json, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task CallAsync_reports_errors_under_the_called_method()
    {
        using var client = Client(StubHandler.Json("""{"error":"ERROR_METHOD_NOT_FOUND","error_description":"Method not found!"}""", HttpStatusCode.NotFound));

        var error = await Assert.ThrowsAsync<Bitrix24Exception>(() => client.CallAsync("crm.nothing", "{}", TestContext.Current.CancellationToken));

        Assert.Equal(("crm.nothing", Bitrix24SystemError.ErrorMethodNotFound), (error.Method, error.SystemError));
    }

    [Fact]
    public async Task A_slow_portal_is_a_timeout_error()
    {
        var handler = new StubHandler(async (_, token) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30), token);
            return new HttpResponseMessage(HttpStatusCode.OK);
        });
        using var client = new Bitrix24Client(new Bitrix24ClientOptions { WebhookUrl = Webhook, RequestTimeout = TimeSpan.FromMilliseconds(50), Retry = { MaxRetries = 0 } }, new HttpClient(handler), _logger);

        var error = await Assert.ThrowsAsync<Bitrix24TransportException>(() => client.SendAsync(GetNumber, null, TestContext.Current.CancellationToken));

        Assert.True(error.IsTimeout);
        AssertNoSecret(error.ToString());
    }

    [Fact]
    public async Task Cancellation_by_the_caller_is_not_a_timeout()
    {
        var handler = new StubHandler(async (_, token) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30), token);
            return new HttpResponseMessage(HttpStatusCode.OK);
        });
        using var client = Client(handler);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.SendAsync(GetNumber, null, cancel.Token));
    }

    [Fact]
    public async Task Connection_failures_never_show_the_secret_in_messages_or_logs()
    {
        var handler = new StubHandler((request, _) => throw new HttpRequestException($"Connection refused ({request.RequestUri})", new SocketException((int)SocketError.ConnectionRefused)));
        using var client = Client(handler);

        var error = await Assert.ThrowsAsync<Bitrix24TransportException>(() => client.SendAsync(GetNumber, null, TestContext.Current.CancellationToken));

        Assert.False(error.IsTimeout);
        AssertNoSecret(error.Message);
        AssertNoSecret(client.ToString());
        Assert.All(_logger.Lines, AssertNoSecret);
        Assert.NotEmpty(_logger.Lines);
    }

    [Fact]
    public async Task Successful_calls_log_method_and_status_but_no_url()
    {
        using var client = Client(StubHandler.Json("""{"result":1}"""));

        await client.SendAsync(GetNumber, null, TestContext.Current.CancellationToken);

        var line = Assert.Single(_logger.Lines);
        Assert.Contains("test.number.get answered HTTP 200", line);
        AssertNoSecret(line);
    }

    private Bitrix24Client Client(StubHandler handler) => new(SingleAttempt(), new HttpClient(handler), _logger);

    // These tests look at one attempt; retries and pacing have their own tests.
    private static Bitrix24ClientOptions SingleAttempt() => new() { WebhookUrl = Webhook, Retry = { MaxRetries = 0 }, RateLimit = { Enabled = false } };

    private static void AssertNoSecret(string text) => Assert.DoesNotContain(Secret, text);

    private sealed class NumberRequest(long id) : IBitrix24Request
    {
        public void WriteTo(Utf8JsonWriter writer)
        {
            writer.WriteStartObject();
            writer.WriteNumber("id", id);
            writer.WriteEndObject();
        }
    }
}
