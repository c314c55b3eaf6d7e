using System;
using System.Threading.Tasks;
using Bitrix24.Testing.Crm;
using Bitrix24.Testing.Profiles;
using static Bitrix24.Testing.Tests.PortalHttp;

namespace Bitrix24.Testing.Tests;

/// <summary>Unset CRM dates, as <see cref="FakePortalOptions.EmptyDate"/> says, on the raw JSON.</summary>
public sealed class UnsetDateTests
{
    [Fact]
    public async Task An_unset_date_is_an_empty_string_by_default()
    {
        await using var portal = await FakePortal.StartAsync(TestContext.Current.CancellationToken);
        var deal = portal.Crm.Add(new FakeDeal());

        var (_, json) = await Post(portal.WebhookUrl + "crm.deal.get", $$"""{"id": {{deal.Id}}}""");

        var result = json.GetProperty("result");
        Assert.Equal(("\"\"", "\"\""), (result.GetProperty("BEGINDATE").GetRawText(), result.GetProperty("CLOSEDATE").GetRawText()));
    }

    [Theory]
    [InlineData(FakeEmptyDate.EmptyString, "\"\"")]
    [InlineData(FakeEmptyDate.Null, "null")]
    public async Task An_unset_date_is_written_as_the_profile_says_in_gets_and_lists(FakeEmptyDate profile, string expected)
    {
        await using var portal = await FakePortal.StartAsync(new FakePortalOptions { EmptyDate = profile }, TestContext.Current.CancellationToken);
        var deal = portal.Crm.Add(new FakeDeal { BeginDate = new DateTimeOffset(2024, 8, 30, 2, 0, 0, TimeSpan.FromHours(2)) });
        portal.Crm.SeedDeals(1);

        var (_, got) = await Post(portal.WebhookUrl + "crm.deal.get", $$"""{"id": {{deal.Id}}}""");
        var (_, listed) = await Post(portal.WebhookUrl + "crm.deal.list", """{"select": ["ID", "BEGINDATE", "CLOSEDATE"]}""");

        Assert.Equal("2024-08-30T02:00:00+02:00", got.GetProperty("result").GetProperty("BEGINDATE").GetString());
        Assert.Equal(expected, got.GetProperty("result").GetProperty("CLOSEDATE").GetRawText());
        var seeded = listed.GetProperty("result")[1];
        Assert.Equal((expected, expected), (seeded.GetProperty("BEGINDATE").GetRawText(), seeded.GetProperty("CLOSEDATE").GetRawText()));
    }

    [Fact]
    public async Task Dates_sent_to_add_are_kept_and_dates_not_sent_stay_unset()
    {
        await using var portal = await FakePortal.StartAsync(new FakePortalOptions { EmptyDate = FakeEmptyDate.Null }, TestContext.Current.CancellationToken);

        var (_, added) = await Post(portal.WebhookUrl + "crm.deal.add", """{"fields": {"BEGINDATE": "2024-09-01T10:00:00+03:00"}}""");
        var (_, json) = await Post(portal.WebhookUrl + "crm.deal.get", $$"""{"id": {{added.GetProperty("result").GetInt64()}}}""");

        var result = json.GetProperty("result");
        Assert.Equal("2024-09-01T10:00:00+03:00", result.GetProperty("BEGINDATE").GetString());
        Assert.Equal("null", result.GetProperty("CLOSEDATE").GetRawText());
    }
}
