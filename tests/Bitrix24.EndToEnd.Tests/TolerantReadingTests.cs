using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Bitrix24.Client;
using Bitrix24.Client.Errors;
using Bitrix24.Generated;
using Bitrix24.Generated.Crm;

namespace Bitrix24.EndToEnd.Tests;

#pragma warning disable CS0618 // crm.deal.get is deprecated; it is the seed method with the richest result.

/// <summary>Answers in every loose form the portal uses, injected into the fake portal and read over HTTP.</summary>
public sealed class TolerantReadingTests
{
    [Fact]
    public async Task Every_loose_value_form_is_read_and_nothing_is_lost()
    {
        await using var session = await PortalSession.StartAsync();
        session.Portal.Faults.InjectRaw("crm.deal.get", 200, "application/json", """
            {"result": {
                "ID": 410, "TITLE": 123, "OPPORTUNITY": "1e3", "TAX_VALUE": 0, "IS_NEW": true, "OPENED": "N",
                "CATEGORY_ID": "", "COMPANY_ID": null, "CONTACT_ID": {"unexpected": 1}, "PROBABILITY": "not a number",
                "BEGINDATE": "2024-08-30", "CLOSEDATE": "", "DATE_CREATE": "30.08.2024 14:29:00", "DATE_MODIFY": 1725020945,
                "MOVED_TIME": "2024-08-30T14:29:00+02:00", "UF_CRM_LIST": [], "UF_CRM_TEXT": "x"
            }, "time": [], "total": "1"}
            """);

        var response = await session.Api.Crm.Deal.GetAsync(new DealGetRequest { Id = 410 }, TestContext.Current.CancellationToken);

        var deal = response.Result;
        Assert.Equal(410, deal.Id);
        Assert.Equal("123", deal.Title);
        Assert.Equal(1000.0, deal.Opportunity);
        Assert.Equal(0.0, deal.TaxValue);
        Assert.Equal("true", deal.IsNew);
        Assert.Equal("N", deal.Opened);
        Assert.Null(deal.CategoryId);
        Assert.Null(deal.CompanyId);
        Assert.Null(deal.ContactId);
        Assert.Null(deal.Probability);
        Assert.Equal(new DateTime(2024, 8, 30), deal.Begindate);
        Assert.Null(deal.Closedate);
        Assert.Equal(new DateTimeOffset(2024, 8, 30, 14, 29, 0, TimeSpan.Zero), deal.DateCreate);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1725020945), deal.DateModify);
        Assert.Equal(TimeSpan.FromHours(2), deal.MovedTime!.Value.Offset);
        Assert.Equal("{\"unexpected\": 1}", deal.ExtensionData["CONTACT_ID"].GetRawText());
        Assert.Equal("\"not a number\"", deal.ExtensionData["PROBABILITY"].GetRawText());
        Assert.Equal("[]", deal.ExtensionData["UF_CRM_LIST"].GetRawText());
        Assert.Equal("\"x\"", deal.ExtensionData["UF_CRM_TEXT"].GetRawText());
        Assert.Equal(1, response.Total);
        Assert.NotNull(response.Time);
    }

    [Fact]
    public async Task An_empty_php_array_result_is_an_empty_object()
    {
        await using var session = await PortalSession.StartAsync();
        session.Portal.Faults.InjectRaw("crm.deal.get", 200, "application/json", """{"result": []}""");

        var response = await session.Api.Crm.Deal.GetAsync(new DealGetRequest { Id = 1 }, TestContext.Current.CancellationToken);

        Assert.Null(response.Result.Id);
        Assert.Empty(response.Result.ExtensionData);
        Assert.Null(response.RawResult);
    }

    [Fact]
    public async Task A_result_of_the_wrong_shape_is_kept_raw()
    {
        await using var session = await PortalSession.StartAsync();
        session.Portal.Faults.InjectRaw("crm.activity.binding.add", 200, "application/json", """{"result": {"ok": "Y"}}""");

        var response = await session.Api.Crm.Activity.Binding.AddAsync(new ActivityBindingAddRequest { ActivityId = 1, EntityId = 1, EntityTypeId = 2 }, TestContext.Current.CancellationToken);

        Assert.False(response.Result);
        Assert.Equal("{\"ok\": \"Y\"}", response.RawResult!.Value.GetRawText());
    }

    [Theory]
    [InlineData("Y", true)]
    [InlineData("N", false)]
    [InlineData("1", true)]
    [InlineData("0", false)]
    public async Task Boolean_results_in_every_form(string value, bool expected)
    {
        await using var session = await PortalSession.StartAsync();
        session.Portal.Faults.InjectRaw("crm.activity.binding.add", 200, "application/json", $$"""{"result": "{{value}}"}""");

        var response = await session.Api.Crm.Activity.Binding.AddAsync(new ActivityBindingAddRequest { ActivityId = 1, EntityId = 1, EntityTypeId = 2 }, TestContext.Current.CancellationToken);

        Assert.Equal(expected, response.Result);
    }

    [Theory]
    [InlineData(502, "text/html", "<html><h1>502 Bad Gateway</h1></html>")]
    [InlineData(200, "application/json", "{\"result\": tru")]
    [InlineData(500, "application/json", "{}")]
    public async Task A_broken_answer_is_a_typed_error(int status, string contentType, string body)
    {
        await using var session = await PortalSession.StartAsync();

        // A read is retried on a broken answer; one that stays broken through every retry surfaces typed.
        for (var attempt = 0; attempt <= PortalSession.MaxRetries; attempt++)
        {
            session.Portal.Faults.InjectRaw("crm.deal.get", status, contentType, body);
        }

        var error = await Assert.ThrowsAsync<Bitrix24ResponseFormatException>(() => session.Api.Crm.Deal.GetAsync(new DealGetRequest { Id = 1 }, TestContext.Current.CancellationToken));

        Assert.Equal((status, body, "crm.deal.get"), (error.StatusCode, error.RawBody, error.Method));
        Assert.Equal(PortalSession.MaxRetries + 1, session.Portal.Calls.Count);
        session.AssertNoSecret(error.ToString());
    }

    [Fact]
    public async Task A_byte_order_mark_lone_surrogates_and_out_of_range_numbers_cost_only_their_own_values()
    {
        await using var session = await PortalSession.StartAsync();
        session.Portal.Faults.InjectRaw("crm.deal.get", 200, "application/json", "\uFEFF" + """
            {"result": {
                "ID": 9223372036854775808, "TITLE": "half \ud800 a pair", "OPPORTUNITY": 1e400, "COMPANY_ID": "-9223372036854775809",
                "CONTACT_ID": 7, "UF_CRM_\udc00": "x", "COMMENTS": "fine"
            }, "total": 1}
            """);

        var response = await session.Api.Crm.Deal.GetAsync(new DealGetRequest { Id = 410 }, TestContext.Current.CancellationToken);

        var deal = response.Result;
        Assert.Equal((7L, "fine", 1L), (deal.ContactId, deal.Comments, response.Total));
        Assert.Null(deal.Id);
        Assert.Null(deal.Title);
        Assert.Null(deal.Opportunity);
        Assert.Null(deal.CompanyId);
        Assert.Equal("9223372036854775808", deal.ExtensionData["ID"].GetRawText());
        Assert.Equal("\"half \\ud800 a pair\"", deal.ExtensionData["TITLE"].GetRawText());
        Assert.Equal("1e400", deal.ExtensionData["OPPORTUNITY"].GetRawText());
        Assert.Equal("\"-9223372036854775809\"", deal.ExtensionData["COMPANY_ID"].GetRawText());
        Assert.Equal("\"x\"", deal.ExtensionData["UF_CRM_\\udc00"].GetRawText());
    }

    [Fact]
    public async Task An_invalid_utf8_sequence_is_replaced_and_the_rest_of_the_deal_is_read()
    {
        byte[] answer = [.. Encoding.UTF8.GetBytes("""{"result": {"ID": 410, "TITLE": "Deal """), 0xFF, 0xC0, 0xAF, .. Encoding.UTF8.GetBytes(""" #1", "UF_CRM_NOTE": "n"""), 0xED, 0xA0, 0x80, .. Encoding.UTF8.GetBytes("""te", "COMMENTS": "fine"}, "total": 1}""")];
        using var client = new Bitrix24Client(new Bitrix24ClientOptions { WebhookUrl = "https://portal.example/rest/1/utf8t3sts3cr3t000/", RateLimit = { Enabled = false } }, new HttpClient(new FixedAnswer(answer)));

        var response = await new Bitrix24Api(client).Crm.Deal.GetAsync(new DealGetRequest { Id = 410 }, TestContext.Current.CancellationToken);

        var deal = response.Result;
        Assert.Equal((410L, "fine", 1L), (deal.Id, deal.Comments, response.Total));
        Assert.Equal("Deal \uFFFD\uFFFD\uFFFD #1", deal.Title);
        Assert.Equal("n\uFFFD\uFFFD\uFFFDte", deal.ExtensionData["UF_CRM_NOTE"].GetString());
    }

    /// <summary>Answers with bytes the fake portal, which writes strings, cannot send.</summary>
    private sealed class FixedAnswer(byte[] body) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            => Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(body) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } } });
    }
}
