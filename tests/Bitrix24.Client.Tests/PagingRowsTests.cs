using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Bitrix24.Client.Errors;
using Bitrix24.Client.Json;
using Bitrix24.Client.Paging;
using Bitrix24.Client.Transport;
using Bitrix24.Tests.Shared.Http;

namespace Bitrix24.Client.Tests;

/// <summary>
/// Where a list method keeps its rows, against stub answers: a page without rows there stops <c>ReadAllAsync</c> and the
/// bulk read with a format error naming the method and the path; an empty page ends them; PHP's position-keyed object is rows.
/// </summary>
public sealed class PagingRowsTests
{
    /// <summary>Rows at <c>result</c>, typed as raw rows through the list parser (as <c>crm.deal.list</c> is generated today).</summary>
    private static readonly Bitrix24ListMethod<IReadOnlyList<JsonElement>, JsonElement> RowsAtResult = new(
        new Bitrix24Method<IReadOnlyList<JsonElement>>("crm.deal.list", 2, isRead: true, JsonValueReader.ListParser<JsonElement>(JsonValueReader.TryReadRawItem), mapError: null),
        static result => result,
        rowsMember: null,
        idField: "ID",
        Bitrix24ListPaging.Next);

    /// <summary>Rows at <c>result.items</c> of an untyped result (as REST 3 <c>tasks.task.list</c> is generated today).</summary>
    private static readonly Bitrix24ListMethod<JsonElement, JsonElement> RawItems = new(
        new Bitrix24Method<JsonElement>("tasks.task.list", 3, isRead: true, JsonValueReader.TryReadRawItem, mapError: null),
        static result => Bitrix24Paging.RawRows(result, "items"),
        rowsMember: "items",
        idField: "id",
        Bitrix24ListPaging.Pagination);

    /// <summary>Rows at <c>result.items</c> of a typed result class (as <c>crm.item.list</c> is generated).</summary>
    private static readonly Bitrix24ListMethod<ItemPage, Row> TypedItems = new(
        new Bitrix24Method<ItemPage>("crm.item.list", 2, isRead: true, ItemPage.TryRead, mapError: null),
        static result => result.Items,
        rowsMember: "items",
        idField: "id",
        Bitrix24ListPaging.Next);

    public static TheoryData<string> ResultsWithoutItems() =>
    [
        """{"total": 5}""",
        """{"item": [{"id": 1}]}""",
        """{"items": {"a": {"id": 1}}}""",
        """{"items": "1,2"}""",
        """{"items": 7}""",
        """{"items": null, "nextPage": 2}""",
        "[{\"id\": 1}]",
        "\"text\"",
    ];

    public static TheoryData<string> EmptyItemPages() =>
    [
        "[]", "{}", "null", "\"\"", """{"items": []}""", """{"items": {}}""", """{"items": null}""",
    ];

    [Theory]
    [MemberData(nameof(ResultsWithoutItems))]
    public async Task ReadAllAsync_stops_with_a_format_error_naming_the_method_and_path_when_a_page_has_no_rows(string result)
    {
        using var client = Client("{\"result\": " + result + "}");

        var untyped = await Assert.ThrowsAsync<Bitrix24ResponseFormatException>(() => Bitrix24Paging.ReadAllAsync(client, RawItems, null, TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken).AsTask());
        var typed = await Assert.ThrowsAsync<Bitrix24ResponseFormatException>(() => Bitrix24Paging.ReadAllAsync(client, TypedItems, null, TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken).AsTask());

        Assert.Equal(("tasks.task.list", "crm.item.list"), (untyped.Method, typed.Method));
        Assert.Contains("tasks.task.list failed", untyped.Message, StringComparison.Ordinal);
        Assert.Contains("no rows at result.items; reading stops instead of yielding nothing", untyped.Message, StringComparison.Ordinal);
        Assert.Contains("no rows at result.items; reading stops instead of yielding nothing", typed.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"items": [{"ID": "1"}, {"ID": "2"}]}""")]
    [InlineData("""{"1": {"ID": "1"}}""")]
    [InlineData("""{"total": 2}""")]
    [InlineData("5")]
    public async Task Rows_at_result_inside_an_object_are_an_error_not_one_row(string result)
    {
        using var client = Client("{\"result\": " + result + ", \"total\": 2}");

        var error = await Assert.ThrowsAsync<Bitrix24ResponseFormatException>(() => Bitrix24Paging.ReadAllAsync(client, RowsAtResult, null, TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken).AsTask());

        Assert.Contains("crm.deal.list", error.Message, StringComparison.Ordinal);
        Assert.Contains("no rows at result;", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(EmptyItemPages))]
    public async Task An_empty_page_is_the_normal_end(string result)
    {
        using var client = Client("{\"result\": " + result + "}");

        Assert.Empty(await Bitrix24Paging.ReadAllAsync(client, RawItems, null, TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken));
        Assert.Empty(await Bitrix24Paging.ReadAllAsync(client, TypedItems, null, TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("{}")]
    [InlineData("null")]
    public async Task An_empty_page_at_result_is_the_normal_end(string result)
    {
        using var client = Client("{\"result\": " + result + ", \"total\": 0}");

        Assert.Empty(await Bitrix24Paging.ReadAllAsync(client, RowsAtResult, null, TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Rows_sent_as_a_php_object_keyed_0_to_n_are_read_with_their_ids()
    {
        using var client = Client(
            """{"result": {"0": {"ID": "1"}, "1": {"ID": "2"}}, "total": 3, "next": 2}""",
            """{"result": {"0": {"ID": "2"}, "1": {"ID": "3"}}, "total": 3}""");

        var rows = await Bitrix24Paging.ReadAllAsync(client, RowsAtResult, null, TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken);

        Assert.Equal(["1", "2", "3"], rows.Select(row => row.GetProperty("ID").GetString()));
    }

    [Fact]
    public async Task Typed_rows_sent_as_a_php_object_are_read()
    {
        using var client = Client("""{"result": {"items": {"0": {"id": 4}, "1": {"id": "5"}}}}""");

        var rows = await Bitrix24Paging.ReadAllAsync(client, TypedItems, null, TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken);

        Assert.Equal([4L, 5L], rows.Select(row => row.Id!.Value));
    }

    [Fact]
    public async Task Rows_the_row_type_cannot_take_are_an_error_naming_the_path()
    {
        using var client = Client("""{"result": {"items": [{"id": 1}, 5]}}""");

        var error = await Assert.ThrowsAsync<Bitrix24ResponseFormatException>(() => Bitrix24Paging.ReadAllAsync(client, TypedItems, null, TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken).AsTask());

        Assert.Contains("rows at result.items have a shape the row type cannot take", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"items": [{"ID": "1"}]}""")]
    [InlineData("""{"total": 1}""")]
    public async Task BulkAsync_stops_when_the_first_page_has_no_rows_instead_of_finishing_with_none(string result)
    {
        using var client = Client(Batch(result));

        var error = await Assert.ThrowsAsync<Bitrix24ResponseFormatException>(() => BulkRead(client, RowsAtResult));

        Assert.Contains("crm.deal.list", error.Message, StringComparison.Ordinal);
        Assert.Contains("no rows at result;", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ResultsWithoutItems))]
    public async Task BulkAsync_stops_when_a_typed_page_has_no_rows(string result)
    {
        using var client = Client(Batch(result));

        var error = await Assert.ThrowsAsync<Bitrix24ResponseFormatException>(() => BulkRead(client, TypedItems));

        Assert.Contains("no rows at result.items", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("{}")]
    public async Task BulkAsync_ends_at_an_empty_page(string result)
    {
        using var client = Client(Batch(result));

        Assert.Empty(await BulkRead(client, RowsAtResult));
    }

    [Fact]
    public async Task BulkAsync_reads_rows_sent_as_a_php_object()
    {
        using var client = Client(Batch("""{"0": {"ID": "7"}, "1": {"ID": "9"}}"""));

        Assert.Equal(["7", "9"], (await BulkRead(client, RowsAtResult)).Select(row => row.GetProperty("ID").GetString()));
    }

    private static Task<List<TRow>> BulkRead<TResult, TRow>(Bitrix24Client client, Bitrix24ListMethod<TResult, TRow> list)
        => Bitrix24BulkRead.ReadAllAsync(client, list, null, new Bitrix24BulkReadOptions { PagesPerRequest = 1 }, TestContext.Current.CancellationToken)
            .ToListAsync(TestContext.Current.CancellationToken).AsTask();

    private static string Batch(string pageResult)
        => "{\"result\": {\"result\": {\"p0\": " + pageResult + "}, \"result_error\": [], \"result_total\": [], \"result_next\": [], \"result_time\": []}}";

    /// <summary>A client whose portal answers the requests with <paramref name="bodies"/> in turn.</summary>
    private static Bitrix24Client Client(params string[] bodies)
    {
        var next = 0;
        var handler = new StubHandler((_, _) => Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.OK)
        {
            Content = new StringContent(bodies[Math.Min(next++, bodies.Length - 1)], System.Text.Encoding.UTF8, "application/json"),
        }));
        var webhook = $"https://paging-{Guid.NewGuid():N}.example/rest/5/p4gingS3cr3t0000/";
        return new Bitrix24Client(new Bitrix24ClientOptions { WebhookUrl = webhook, RateLimit = { Enabled = false } }, new HttpClient(handler));
    }

    /// <summary>A typed page result with its rows at <c>items</c>, shaped as the generator emits result classes.</summary>
    private sealed class ItemPage
    {
        private static readonly JsonPropertyNames Names = new("items");

        private ItemPage(ref Utf8JsonReader reader, bool isEmpty)
        {
            Dictionary<string, JsonElement>? x = null;
            while (!isEmpty && reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                switch (Names.IndexOf(ref reader))
                {
                    case 0: Items = Names.List<Row>(ref reader, 0, Row.TryRead, ref x); break;
                    default: JsonValueReader.KeepProperty(ref reader, ref x); break;
                }
            }
        }

        public IReadOnlyList<Row>? Items { get; }

        public static bool TryRead(ref Utf8JsonReader reader, out ItemPage value)
        {
            var ok = JsonValueReader.TryStartObject(ref reader, out var isEmpty);
            value = ok ? new ItemPage(ref reader, isEmpty) : null!;
            return ok;
        }
    }

    private sealed class Row
    {
        private static readonly JsonPropertyNames Names = new("id");

        private Row(ref Utf8JsonReader reader)
        {
            Dictionary<string, JsonElement>? x = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                switch (Names.IndexOf(ref reader))
                {
                    case 0: Id = Names.Int64(ref reader, 0, ref x); break;
                    default: JsonValueReader.KeepProperty(ref reader, ref x); break;
                }
            }
        }

        public long? Id { get; }

        public static bool TryRead(ref Utf8JsonReader reader, out Row value)
        {
            var ok = reader.TokenType == JsonTokenType.StartObject;
            value = ok ? new Row(ref reader) : null!;
            return ok;
        }
    }
}
