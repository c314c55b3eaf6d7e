using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;
using Bitrix24.Client.Errors;
using Bitrix24.Client.Json;
using Bitrix24.Client.Transport;
using Bitrix24.Tests.Shared.Http;

namespace Bitrix24.Client.Tests;

/// <summary>
/// Answers that are not clean UTF-8: a byte-order mark, an invalid byte sequence, a lone surrogate escape. The rest
/// of the answer is always read; the bad string is replaced (invalid UTF-8 → U+FFFD) or kept raw (lone surrogate).
/// </summary>
public sealed class AnswerEncodingTests
{
    private const string Webhook = "https://portal.example/rest/5/3nc0d1ngs3cr3t000/";

    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    private static readonly Bitrix24Method<long> GetNumber = new("test.number.get", 2, isRead: true, JsonValueReader.TryReadInt64Item, mapError: null);

    [Fact]
    public async Task A_byte_order_mark_before_the_answer_is_skipped()
    {
        using var client = Client(HttpStatusCode.OK, [.. Bom, .. Utf8("""{"result":"42","total":3}""")]);

        var response = await client.SendAsync(GetNumber, null, TestContext.Current.CancellationToken);

        Assert.Equal((42L, 3L), (response.Result, response.Total!.Value));
    }

    [Fact]
    public async Task An_invalid_utf8_sequence_is_replaced_and_the_rest_is_read()
    {
        // 0xFF never occurs in UTF-8; 0xC3 starts a two-byte sequence that "(" does not continue.
        byte[] body = [.. Utf8("""{"result":{"NAME":"a"""), 0xFF, .. Utf8("b"), 0xC3, .. Utf8("""(","ID":7},"total":1}""")];
        using var client = Client(HttpStatusCode.OK, body);

        var response = await client.CallAsync("test.item.get", "{}", TestContext.Current.CancellationToken);

        Assert.Equal("a\uFFFDb\uFFFD(", response.Result.GetProperty("NAME").GetString());
        Assert.Equal(7, response.Result.GetProperty("ID").GetInt32());
        Assert.Equal(1, response.Total);
    }

    [Fact]
    public async Task An_invalid_utf8_sequence_in_an_error_description_keeps_the_error_typed()
    {
        byte[] body = [.. Utf8("""{"error":"NOT_FOUND","error_description":"bad """), 0xFE, .. Utf8("""byte"}""")];
        using var client = Client(HttpStatusCode.BadRequest, body);

        var error = await Assert.ThrowsAsync<Bitrix24Exception>(() => client.SendAsync(GetNumber, null, TestContext.Current.CancellationToken));

        Assert.Equal(("NOT_FOUND", "bad \uFFFDbyte"), (error.Code, error.Description));
    }

    [Fact]
    public async Task A_lone_surrogate_is_kept_raw_and_the_rest_is_read()
    {
        using var client = Client(HttpStatusCode.OK, Utf8("""{"result":{"NAME":"x\ud800y","ID":7},"total":1}"""));

        var response = await client.CallAsync("test.item.get", "{}", TestContext.Current.CancellationToken);

        Assert.Equal("\"x\\ud800y\"", response.Result.GetProperty("NAME").GetRawText());
        Assert.Equal(7, response.Result.GetProperty("ID").GetInt32());
    }

    [Fact]
    public async Task A_lone_surrogate_in_an_error_description_is_kept_as_its_escaped_text()
    {
        using var client = Client(HttpStatusCode.BadRequest, Utf8("""{"error":"NOT_FOUND","error_description":"half \udc00 a pair"}"""));

        var error = await Assert.ThrowsAsync<Bitrix24Exception>(() => client.SendAsync(GetNumber, null, TestContext.Current.CancellationToken));

        Assert.Equal(("NOT_FOUND", "half \\udc00 a pair"), (error.Code, error.Description));
    }

    [Fact]
    public async Task A_lone_surrogate_where_a_number_is_expected_keeps_the_result_raw()
    {
        using var client = Client(HttpStatusCode.OK, Utf8("""{"result":"4\ud8002","total":1}"""));

        var response = await client.SendAsync(GetNumber, null, TestContext.Current.CancellationToken);

        Assert.Equal("\"4\\ud8002\"", response.RawResult!.Value.GetRawText());
        Assert.Equal(1, response.Total);
    }

    private static Bitrix24Client Client(HttpStatusCode status, byte[] body)
    {
        var handler = new StubHandler((_, _) => Task.FromResult(new HttpResponseMessage(status)
        {
            Content = new ByteArrayContent(body) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } },
        }));
        return new(new Bitrix24ClientOptions { WebhookUrl = Webhook, RateLimit = { Enabled = false }, Retry = { MaxRetries = 0 } }, new HttpClient(handler));
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
