using System;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text.Json;
using System.Threading.Tasks;
using Bitrix24.Testing.Crm;
using Bitrix24.Testing.Protocol;
using static Bitrix24.Testing.Tests.PortalHttp;

namespace Bitrix24.Testing.Tests;

/// <summary>The bodies' text is what PHP's json_encode writes: <c>\/</c>, lower-case <c>\u</c> escapes for everything non-ASCII, <c>+</c> and friends as themselves.</summary>
public sealed class JsonTextTests
{
    private const string Title = "a/b Сделка 🚀 \u001f\t\n \" \\ <>&'+` \u007f";
    private const string TitleText = """a\/b \u0421\u0434\u0435\u043b\u043a\u0430 \ud83d\ude80 \u001f\t\n \" \\ <>&'+` """ + "\u007f";

    [Fact]
    public async Task A_deal_answer_escapes_like_php_and_reads_back_identically()
    {
        await using var portal = await FakePortal.StartAsync(TestContext.Current.CancellationToken);
        var begins = new DateTimeOffset(2024, 5, 14, 10, 26, 32, TimeSpan.FromHours(2));
        var deal = portal.Crm.Add(new FakeDeal { Title = Title, BeginDate = begins });

        var answer = await Send(portal.WebhookUrl + "crm.deal.get", $"{{\"id\":{deal.Id}}}");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Contains($"\"TITLE\":\"{TitleText}\"", answer.Body, StringComparison.Ordinal);
        Assert.Contains("\"BEGINDATE\":\"2024-05-14T10:26:32+02:00\"", answer.Body, StringComparison.Ordinal);
        AssertPhpText(answer.Body);
        var result = JsonElement.Parse(answer.Body).GetProperty("result");
        Assert.Equal(Title, result.GetProperty("TITLE").GetString());
        Assert.Equal(begins, DateTimeOffset.Parse(result.GetProperty("BEGINDATE").GetString()!, CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_batch_escapes_the_results_it_embeds_once()
    {
        await using var portal = await FakePortal.StartAsync(TestContext.Current.CancellationToken);
        var deal = portal.Crm.Add(new FakeDeal { Title = Title });

        var answer = await Send(portal.WebhookUrl + "batch", $$$"""{"cmd": {"deal/1": "crm.deal.get?id={{{deal.Id}}}"}}""");

        Assert.Contains($"\"result\":{{\"deal\\/1\":{{\"ID\":\"{deal.Id}\",\"TITLE\":\"{TitleText}\"", answer.Body, StringComparison.Ordinal);
        AssertPhpText(answer.Body);
        var batch = JsonElement.Parse(answer.Body).GetProperty("result");
        Assert.Equal(Title, batch.GetProperty("result").GetProperty("deal/1").GetProperty("TITLE").GetString());
    }

    [Fact]
    public async Task An_error_body_is_escaped_the_same_way()
    {
        await using var portal = await FakePortal.StartAsync(TestContext.Current.CancellationToken);
        portal.Faults.InjectError("crm.deal.get", new RestError(400, "ERROR_CORE", "Не найдено: a/b"));

        var answer = await Send(portal.WebhookUrl + "crm.deal.get", "{\"id\":1}");

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("""{"error":"ERROR_CORE","error_description":"\u041d\u0435 \u043d\u0430\u0439\u0434\u0435\u043d\u043e: a\/b"}""", answer.Body);
    }

    [Fact]
    public async Task A_rest3_answer_and_its_time_block_are_escaped_the_same_way()
    {
        await using var portal = await FakePortal.StartAsync(TestContext.Current.CancellationToken);

        var answer = await Send(portal.Rest3() + "tasks.task.add", """{"fields": {"title": "Задача/1 + 2 ы", "creatorId": 1, "responsibleId": 1}}""");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Contains("""\u0417\u0430\u0434\u0430\u0447\u0430\/1 + 2 \u044b""", answer.Body, StringComparison.Ordinal);
        Assert.Matches("\"date_start\":\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+00:00\"", answer.Body);
        AssertPhpText(answer.Body);
    }

    /// <summary>ASCII only, every escape in lower-case hex, no escaped ASCII that PHP writes as itself.</summary>
    private static void AssertPhpText(string body)
    {
        Assert.All(body, character => Assert.InRange(character, '\0', '\u007f'));
        Assert.DoesNotMatch("\\\\u[0-9a-f]{0,3}[A-F]", body);
        Assert.DoesNotMatch("\\\\u00(2[2b67]|3[ce]|60)", body);
        Assert.DoesNotContain("\\u005c", body, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u002f", body, StringComparison.Ordinal);
    }
}
