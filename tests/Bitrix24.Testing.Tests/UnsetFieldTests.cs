using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Bitrix24.Testing.Crm;
using Bitrix24.Testing.Profiles;
using static Bitrix24.Testing.Tests.PortalHttp;

namespace Bitrix24.Testing.Tests;

/// <summary>Unset text, money and link fields of deals, as <see cref="FakePortalOptions.UnsetFields"/> says, on the raw JSON.</summary>
public sealed class UnsetFieldTests
{
    [Theory]
    [InlineData(FakeUnsetFields.Null, "COMMENTS", "null")]
    [InlineData(FakeUnsetFields.Null, "TAX_VALUE", "null")]
    [InlineData(FakeUnsetFields.Null, "ADDITIONAL_INFO", "null")]
    [InlineData(FakeUnsetFields.Null, "SOURCE_ID", "null")]
    [InlineData(FakeUnsetFields.Null, "SOURCE_DESCRIPTION", "null")]
    [InlineData(FakeUnsetFields.Null, "ORIGINATOR_ID", "null")]
    [InlineData(FakeUnsetFields.Null, "UTM_SOURCE", "null")]
    [InlineData(FakeUnsetFields.Null, "LEAD_ID", "null")]
    [InlineData(FakeUnsetFields.Null, "PROBABILITY", "null")]
    [InlineData(FakeUnsetFields.Filled, "COMMENTS", "\"\"")]
    [InlineData(FakeUnsetFields.Filled, "TAX_VALUE", "\"0.00\"")]
    [InlineData(FakeUnsetFields.Filled, "ADDITIONAL_INFO", "\"\"")]
    [InlineData(FakeUnsetFields.Filled, "SOURCE_ID", "\"CALL\"")]
    [InlineData(FakeUnsetFields.Filled, "SOURCE_DESCRIPTION", "\"\"")]
    [InlineData(FakeUnsetFields.Filled, "ORIGINATOR_ID", "\"\"")]
    [InlineData(FakeUnsetFields.Filled, "UTM_SOURCE", "\"\"")]
    [InlineData(FakeUnsetFields.Filled, "LEAD_ID", "null")]
    [InlineData(FakeUnsetFields.Filled, "PROBABILITY", "null")]
    public async Task An_unset_field_is_written_as_the_profile_says(FakeUnsetFields profile, string field, string expected)
    {
        await using var portal = await FakePortal.StartAsync(new FakePortalOptions { UnsetFields = profile }, TestContext.Current.CancellationToken);
        var deal = portal.Crm.Add(new FakeDeal { Title = "Unset" });

        var (_, json) = await Post(portal.WebhookUrl + "crm.deal.get", $$"""{"id": {{deal.Id}}}""");

        Assert.Equal(expected, json.GetProperty("result").GetProperty(field).GetRawText());
    }

    [Theory]
    [InlineData(FakeUnsetFields.Null)]
    [InlineData(FakeUnsetFields.Filled)]
    public async Task A_set_field_is_written_as_set_whatever_the_profile(FakeUnsetFields profile)
    {
        await using var portal = await FakePortal.StartAsync(new FakePortalOptions { UnsetFields = profile }, TestContext.Current.CancellationToken);
        var deal = portal.Crm.Add(new FakeDeal
        {
            Comments = string.Empty,
            TaxValue = 0m,
            AdditionalInfo = "more",
            SourceId = "WEB",
            SourceDescription = "form",
            OriginatorId = "shop",
            OriginId = "77",
            LeadId = 5,
            QuoteId = 6,
        });

        var (_, json) = await Post(portal.WebhookUrl + "crm.deal.get", $$"""{"id": {{deal.Id}}}""");

        var result = json.GetProperty("result");
        Assert.Equal(
            ["", "0.00", "more", "WEB", "form", "shop", "77", "5", "6"],
            new[] { "COMMENTS", "TAX_VALUE", "ADDITIONAL_INFO", "SOURCE_ID", "SOURCE_DESCRIPTION", "ORIGINATOR_ID", "ORIGIN_ID", "LEAD_ID", "QUOTE_ID" }
                .Select(field => result.GetProperty(field).GetString()));
    }

    [Fact]
    public async Task The_profile_is_read_on_every_call()
    {
        await using var portal = await FakePortal.StartAsync(TestContext.Current.CancellationToken);
        var deal = portal.Crm.Add(new FakeDeal());
        var body = $$"""{"id": {{deal.Id}}}""";

        var (_, loose) = await Post(portal.WebhookUrl + "crm.deal.get", body);
        portal.Options.UnsetFields = FakeUnsetFields.Filled;
        var (_, filled) = await Post(portal.WebhookUrl + "crm.deal.get", body);

        Assert.Equal(JsonValueKind.Null, loose.GetProperty("result").GetProperty("TAX_VALUE").ValueKind);
        Assert.Equal("0.00", filled.GetProperty("result").GetProperty("TAX_VALUE").GetString());
    }

    [Theory]
    [InlineData(FakeUnsetFields.Null, "null", "null")]
    [InlineData(FakeUnsetFields.Filled, "\"\"", "\"0.00\"")]
    public async Task Seeded_deals_follow_the_same_rule_in_lists(FakeUnsetFields profile, string comments, string tax)
    {
        await using var portal = await FakePortal.StartAsync(new FakePortalOptions { UnsetFields = profile }, TestContext.Current.CancellationToken);
        portal.Crm.SeedDeals(3);

        var (_, json) = await Post(portal.WebhookUrl + "crm.deal.list", """{"select": ["ID", "COMMENTS", "TAX_VALUE"]}""");

        var rows = json.GetProperty("result").EnumerateArray().ToList();
        Assert.Equal(3, rows.Count);
        Assert.All(rows, row => Assert.Equal(
            (comments, tax),
            (row.GetProperty("COMMENTS").GetRawText(), row.GetProperty("TAX_VALUE").GetRawText())));
    }

    [Fact]
    public async Task A_field_not_sent_or_sent_as_null_to_add_stays_unset()
    {
        await using var portal = await FakePortal.StartAsync(TestContext.Current.CancellationToken);

        var (_, added) = await Post(portal.WebhookUrl + "crm.deal.add", """
            {"fields": {"TITLE": "Added", "COMMENTS": "note", "TAX_VALUE": "5", "LEAD_ID": "12", "SOURCE_ID": null}}
            """);
        var id = added.GetProperty("result").GetInt64();
        var (_, json) = await Post(portal.WebhookUrl + "crm.deal.get", $$"""{"id": {{id}}}""");

        var result = json.GetProperty("result");
        Assert.Equal(
            ["\"note\"", "\"5.00\"", "\"12\"", "null", "null", "null"],
            new[] { "COMMENTS", "TAX_VALUE", "LEAD_ID", "SOURCE_ID", "ADDITIONAL_INFO", "SOURCE_DESCRIPTION" }
                .Select(field => result.GetProperty(field).GetRawText()));
        var stored = portal.Crm.FindDeal(id)!;
        Assert.Equal(("note", 5m, 12L), (stored.Comments, stored.TaxValue, stored.LeadId));
        Assert.Null(stored.SourceId);
        Assert.Equal(id.ToString(CultureInfo.InvariantCulture), result.GetProperty("ID").GetString());
    }
}
