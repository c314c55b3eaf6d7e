using System;
using System.Threading.Tasks;
using Bitrix24.Client;
using Bitrix24.Generated;
using Bitrix24.Generated.Crm;
using Bitrix24.Testing.Crm;

namespace Bitrix24.EndToEnd.Tests;

/// <summary>The client reads text the way the portal's PHP escapes it (<c>\/</c>, lower-case <c>\u</c>, surrogate pairs) back to the original.</summary>
public sealed class JsonTextEndToEndTests
{
    [Fact]
    public async Task A_title_with_slashes_cyrillic_an_emoji_and_control_characters_reads_back_unchanged()
    {
        await using var portal = await LeakScan.StartPortalAsync(TestContext.Current.CancellationToken);
        const string title = "a/b Сделка 🚀 \u001f\t\n \" \\ <>&'+`";
        var begins = new DateTimeOffset(2024, 5, 14, 0, 0, 0, TimeSpan.FromHours(2));
        var deal = portal.Crm.Add(new FakeDeal { Title = title, BeginDate = begins });
        using var client = new Bitrix24Client(portal.WebhookUrl);

#pragma warning disable CS0618 // crm.deal.get is deprecated; the fake implements it.
        var read = await new Bitrix24Api(client).Crm.Deal.GetAsync(new DealGetRequest { Id = deal.Id }, TestContext.Current.CancellationToken);
#pragma warning restore CS0618

        Assert.Equal(title, read.Result.Title);
        Assert.Equal(new DateTime(2024, 5, 14), read.Result.Begindate);
    }
}
