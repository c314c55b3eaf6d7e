using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Bitrix24.Testing.Crm;
using Bitrix24.Testing.Protocol;

namespace Bitrix24.Testing.Tests;

/// <summary>The fake portal speaks the raw protocol: checked with a bare HttpClient, no Bitrix24 client involved.</summary>
public sealed class FakePortalTests
{
    [Fact]
    public async Task Binds_to_loopback_and_answers_in_loosely_typed_json()
    {
        await using var portal = await FakePortal.StartAsync(TestContext.Current.CancellationToken);
        var deal = portal.Crm.Add(new FakeDeal { Title = "T", Opportunity = 10m, Opened = true, CompanyId = null });
        deal.CustomFields["UF_CRM_EMPTY"] = JsonElement.Parse("{\"nested\": {}}");

        var (status, json) = await Post(portal.WebhookUrl + "crm.deal.get", $"{{\"id\":\"{deal.Id}\"}}");

        Assert.StartsWith("http://127.0.0.1:", portal.BaseUrl, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, status);
        var result = json.GetProperty("result");
        Assert.Equal(JsonValueKind.String, result.GetProperty("ID").ValueKind);
        Assert.Equal("10.00", result.GetProperty("OPPORTUNITY").GetString());
        Assert.Equal("Y", result.GetProperty("OPENED").GetString());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("COMPANY_ID").ValueKind);
        Assert.Equal("{\"nested\":[]}", result.GetProperty("UF_CRM_EMPTY").GetRawText());
        var time = json.GetProperty("time");
        Assert.True(time.GetProperty("operating_reset_at").GetInt64() > 0);
        Assert.Equal(JsonValueKind.Number, time.GetProperty("operating").ValueKind);
    }

    [Theory]
    [InlineData("rest/1/wrongsecret/crm.deal.get")]
    [InlineData("rest/9/wrongsecret/crm.deal.get")]
    [InlineData("rest/crm.deal.get")]
    public async Task Wrong_or_missing_webhook_credentials_are_401_no_auth_found(string path)
    {
        await using var portal = await FakePortal.StartAsync(TestContext.Current.CancellationToken);

        var (status, json) = await Post(portal.BaseUrl + path, "{}");

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("NO_AUTH_FOUND", json.GetProperty("error").GetString());
        Assert.Equal("Wrong authorization data", json.GetProperty("error_description").GetString());
    }

    [Fact]
    public async Task Method_names_ignore_case_and_a_json_suffix_and_unknown_ones_are_404()
    {
        await using var portal = await FakePortal.StartAsync(TestContext.Current.CancellationToken);
        var deal = portal.Crm.Add(new FakeDeal());

        var (ok, _) = await Post(portal.WebhookUrl + "CRM.Deal.Get.json", $"{{\"ID\":{deal.Id}}}");
        var (missing, error) = await Post(portal.WebhookUrl + "crm.deal.fly", "{}");

        Assert.Equal(HttpStatusCode.OK, ok);
        Assert.Equal(HttpStatusCode.NotFound, missing);
        Assert.Equal("ERROR_METHOD_NOT_FOUND", error.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Rest3_errors_use_the_rest3_shape_and_rest2_methods_are_not_there()
    {
        await using var portal = await FakePortal.StartAsync(TestContext.Current.CancellationToken);

        var (status, json) = await Post(portal.WebhookUrl.Replace("/rest/", "/rest/api/", StringComparison.Ordinal) + "crm.deal.get", "{\"id\":1}");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("ERROR_METHOD_NOT_FOUND", json.GetProperty("error").GetProperty("code").GetString());
        Assert.Equal(["code", "message"], json.GetProperty("error").EnumerateObject().Select(member => member.Name));
    }

    [Fact]
    public async Task Invalid_json_is_no_parameters_and_calls_are_recorded()
    {
        await using var portal = await FakePortal.StartAsync(TestContext.Current.CancellationToken);

        var (status, json) = await Post(portal.WebhookUrl + "crm.deal.get", "{not json");

        Assert.Equal((HttpStatusCode.BadRequest, "ID is not defined or invalid."), (status, json.GetProperty("error_description").GetString()));
        var call = Assert.Single(portal.Calls);
        Assert.Equal(("crm.deal.get", 2, "1", "{not json", 400), (call.Method, call.RestVersion, call.UserId, call.Body, call.Status));
    }

    [Fact]
    public async Task Injected_answers_are_used_once_in_order()
    {
        await using var portal = await FakePortal.StartAsync(TestContext.Current.CancellationToken);
        portal.Faults.InjectError("crm.deal.get", new RestError(503, "QUERY_LIMIT_EXCEEDED", "Too many requests"));
        portal.Faults.InjectRaw("crm.deal.get", 502, "text/html", "<html>bad gateway</html>");

        var first = await Post(portal.WebhookUrl + "crm.deal.get", "{\"id\":1}");
        var second = await Send(portal.WebhookUrl + "crm.deal.get", "{\"id\":1}");
        var third = await Post(portal.WebhookUrl + "crm.deal.get", "{\"id\":1}");

        Assert.Equal((HttpStatusCode.ServiceUnavailable, "QUERY_LIMIT_EXCEEDED"), (first.Status, first.Json.GetProperty("error").GetString()));
        Assert.Equal((HttpStatusCode.BadGateway, "<html>bad gateway</html>"), second);
        Assert.Equal(HttpStatusCode.BadRequest, third.Status);
        Assert.Equal("Not found", third.Json.GetProperty("error_description").GetString());
    }

    [Fact]
    public async Task Tests_can_add_users_and_inspect_what_calls_changed()
    {
        await using var portal = await FakePortal.StartAsync(TestContext.Current.CancellationToken);
        var deal = portal.Crm.Add(new FakeDeal { Title = "Owner" });
        var activity = portal.Crm.Add(new FakeActivity { OwnerId = deal.Id, Communications = { new FakeCommunication("PHONE", "+1", 3, 1) } });
        portal.Crm.AddUser(42);

        var (status, _) = await Post(portal.WebhookUrl + "crm.activity.update", $$$"""{"id": {{{activity.Id}}}, "fields": {"RESPONSIBLE_ID": 42}}""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(42, portal.Crm.Activities.Single().ResponsibleId);
        Assert.Equal(["Owner"], portal.Crm.Deals.Select(d => d.Title));
    }

    [Fact]
    public async Task The_restricted_webhook_has_no_crm_rights()
    {
        await using var portal = await FakePortal.StartAsync(TestContext.Current.CancellationToken);
        var deal = portal.Crm.Add(new FakeDeal());

        var (status, json) = await Post(portal.RestrictedWebhookUrl + "crm.deal.get", $"{{\"id\":{deal.Id}}}");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("Access denied.", json.GetProperty("error_description").GetString());
        Assert.Equal("2", portal.Calls.Single().UserId);
    }

    private static async Task<(HttpStatusCode Status, JsonElement Json)> Post(string url, string body)
    {
        var (status, text) = await Send(url, body);
        return (status, JsonElement.Parse(text));
    }

    private static async Task<(HttpStatusCode Status, string Body)> Send(string url, string body)
    {
        using var http = new HttpClient();
        using var response = await http.PostAsync(url, new StringContent(body, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
