using System;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Bitrix24.Client.Json;
using Bitrix24.Client.Transport;
using Bitrix24.Tests.Shared.Http;

namespace Bitrix24.Client.Tests;

/// <summary>A method name is the last segment of the URL it goes to: anything but the documented shape is refused before sending.</summary>
public sealed class MethodNameTests
{
    private const string Webhook = "https://portal.example/rest/5/m3th0dn4m3s3cr3t0/";

    public static TheoryData<string> Hostile => new()
    {
        "../../../../etc/passwd",
        "%2e%2e/%2e%2e/x",
        "../../9/othersecret/crm.deal.delete",
        "crm.deal.get?auth=token",
        "crm.deal.get#fragment",
        "crm/deal/get",
        "crm.deal.get ",
        " crm.deal.get",
        "crm..deal",
        ".crm.deal",
        "crm.deal.",
        "1crm.deal",
        "crm.1deal",
        "crm.deal-get",
        "crm.deal\\get",
        "crm.deal\nget",
        "crm.deаl.get", // a Cyrillic 'а'
        "",
        "   ",
        new string('a', MethodNames.MaxLength + 1),
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task A_name_of_another_shape_is_refused_before_anything_is_sent(string method)
    {
        var handler = StubHandler.Json("""{"result":true}""");
        using var client = new Bitrix24Client(new Bitrix24ClientOptions { WebhookUrl = Webhook, RateLimit = { Enabled = false } }, new HttpClient(handler));

        var error = await Assert.ThrowsAsync<ArgumentException>(() => client.CallAsync(method, "{}", TestContext.Current.CancellationToken));

        Assert.Equal("method", error.ParamName);
        Assert.Empty(handler.Requests);
        Assert.Throws<ArgumentException>(() => new Bitrix24Method<JsonElement>(method, 2, isRead: true, JsonValueReader.TryReadRawItem, mapError: null));
        Assert.Throws<ArgumentException>(() => { _ = client.Batch().CallAsync(method, "{}", TestContext.Current.CancellationToken); });
    }

    [Theory]
    [InlineData("crm.deal.get")]
    [InlineData("tasks.task.list")]
    [InlineData("user.current")]
    [InlineData("batch")]
    [InlineData("crm.item.productrow.getAvailableForPayment")]
    [InlineData("sale.basketItem.addCatalogProduct")]
    [InlineData("im.v2.Chat.Message.send")]
    [InlineData("crm_custom.method_2")]
    public async Task Documented_names_are_sent_as_the_last_path_segment(string method)
    {
        var handler = StubHandler.Json("""{"result":true}""");
        using var client = new Bitrix24Client(new Bitrix24ClientOptions { WebhookUrl = Webhook, RateLimit = { Enabled = false } }, new HttpClient(handler));

        await client.CallAsync(method, "{}", TestContext.Current.CancellationToken);

        Assert.Equal(Webhook + method, Assert.Single(handler.Requests).Request.RequestUri!.ToString());
    }

    [Fact]
    public void The_longest_name_is_accepted_one_more_character_is_not()
    {
        Assert.True(MethodNames.IsValid(new string('a', MethodNames.MaxLength)));
        Assert.False(MethodNames.IsValid(new string('a', MethodNames.MaxLength + 1)));
        Assert.False(MethodNames.IsValid(null));
    }

    [Fact]
    public void The_message_does_not_quote_the_name()
    {
        var error = Assert.Throws<ArgumentException>(() => MethodNames.Validate("x/secretish-value", "method"));

        Assert.DoesNotContain("secretish", error.Message);
    }
}
