using System;
using System.Text.Json;
using System.Threading.Tasks;
using Bitrix24.Generated;
using Bitrix24.Generated.Crm;

namespace Bitrix24.EndToEnd.Tests;

#pragma warning disable CS0618 // crm.deal.get is deprecated (crm.item.get replaces it); these tests call it on purpose.

public sealed class DealGetTests
{
    [Fact]
    public async Task Returns_the_deal_read_from_the_portals_loose_json()
    {
        await using var session = await PortalSession.StartAsync();
        session.Deal.BeginDate = new DateTimeOffset(2024, 8, 30, 2, 0, 0, TimeSpan.FromHours(2));
        session.Deal.CreatedAt = new DateTimeOffset(2024, 8, 30, 14, 29, 0, TimeSpan.FromHours(2));
        session.Deal.CustomFields["UF_CRM_1721244482250"] = JsonElement.Parse("\"Hello\"");
        session.Deal.CustomFields["PARENT_ID_1220"] = JsonElement.Parse("\"22\"");
        session.Deal.CustomFields["UF_CRM_SETTINGS"] = JsonElement.Parse("{}");

        var response = await session.Api.Crm.Deal.GetAsync(new DealGetRequest { Id = session.Deal.Id }, TestContext.Current.CancellationToken);

        var deal = response.Result;
        Assert.Equal(session.Deal.Id, deal.Id);
        Assert.Equal("Support", deal.Title);
        Assert.Equal(1000.0, deal.Opportunity);
        Assert.Equal("EUR", deal.CurrencyId);
        Assert.Equal(session.Company.Id, deal.CompanyId);
        Assert.Equal("Y", deal.Opened);
        Assert.Equal(new DateTime(2024, 8, 30), deal.Begindate);
        Assert.Null(deal.Closedate);
        Assert.Equal(new DateTimeOffset(2024, 8, 30, 14, 29, 0, TimeSpan.FromHours(2)), deal.DateCreate);
        Assert.Null(deal.LeadId);
        Assert.Equal("\"Hello\"", deal.ExtensionData["UF_CRM_1721244482250"].GetRawText());
        Assert.Equal("\"22\"", deal.ExtensionData["PARENT_ID_1220"].GetRawText());
        Assert.Equal("[]", deal.ExtensionData["UF_CRM_SETTINGS"].GetRawText());
        Assert.NotNull(response.Time?.OperatingResetAt);
        Assert.InRange(response.Time!.Operating!.Value, double.Epsilon, 1);
        Assert.Null(response.RawResult);
    }

    [Fact]
    public async Task Id_zero_is_not_defined_or_invalid()
    {
        await using var session = await PortalSession.StartAsync();

        await session.ExpectAsync(() => session.Api.Crm.Deal.GetAsync(new DealGetRequest { Id = 0 }), DealGetError.IdIsNotDefinedOrInvalid, "ID is not defined or invalid");
    }

    [Fact]
    public async Task A_missing_deal_is_not_found()
    {
        await using var session = await PortalSession.StartAsync();

        await session.ExpectAsync(() => session.Api.Crm.Deal.GetAsync(new DealGetRequest { Id = 999_999 }), DealGetError.NotFound, "Not found");
    }

    [Fact]
    public async Task A_user_without_crm_rights_is_denied()
    {
        await using var session = await PortalSession.StartAsync();

        await session.ExpectAsync(() => session.Restricted.Crm.Deal.GetAsync(new DealGetRequest { Id = session.Deal.Id }), DealGetError.AccessDenied, "Access denied");
    }
}
