using System;
using System.Text.Json;
using Bitrix24.Testing;
using Bitrix24.Testing.Crm;

namespace Bitrix24.Sample;

/// <summary>The records the walkthrough works on: seeded into the fake portal, or given on the command line for a real one.</summary>
internal sealed record DemoData(long DealId, long OtherDealId, long ActivityId, long ContactId, long CompanyId, long OtherCompanyId)
{
    public static DemoData Seed(FakePortal portal)
    {
        var crm = portal.Crm;
        var acme = crm.Add(new FakeCompany { Title = "Acme Ltd" });
        var globex = crm.Add(new FakeCompany { Title = "Globex" });
        var contact = crm.Add(new FakeContact { Name = "Ada", LastName = "Lovelace" });
        var deal = crm.Add(new FakeDeal
        {
            Title = "Annual support contract",
            StageId = "PREPARATION",
            CurrencyId = "EUR",
            Opportunity = 12500.50m,
            CompanyId = acme.Id,
            ContactId = contact.Id,
            BeginDate = new DateTimeOffset(2026, 11, 2, 0, 0, 0, TimeSpan.FromHours(3)),
            CloseDate = new DateTimeOffset(2026, 12, 20, 0, 0, 0, TimeSpan.FromHours(3)),
            CreatedAt = new DateTimeOffset(2026, 11, 2, 9, 30, 0, TimeSpan.FromHours(3)),
        });
        deal.CustomFields["UF_CRM_1721244482250"] = JsonSerializer.SerializeToElement("Priority customer", SampleJson.Default.String);
        deal.CustomFields["PARENT_ID_1220"] = JsonSerializer.SerializeToElement("22", SampleJson.Default.String);
        var renewal = crm.Add(new FakeDeal { Title = "Renewal 2027", CompanyId = acme.Id });
        var call = crm.Add(new FakeActivity
        {
            OwnerTypeId = CrmEntityType.Deal,
            OwnerId = deal.Id,
            TypeId = 2,
            Subject = "Kick-off call",
            Communications = { new FakeCommunication("PHONE", "+10000000000", CrmEntityType.Contact, contact.Id) },
        });
        return new DemoData(deal.Id, renewal.Id, call.Id, contact.Id, acme.Id, globex.Id);
    }
}
