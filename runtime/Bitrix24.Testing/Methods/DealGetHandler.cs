using System.Text.Json;
using Bitrix24.Testing.Crm;
using Bitrix24.Testing.Protocol;

namespace Bitrix24.Testing.Methods;

/// <summary><c>crm.deal.get</c>: a deal by id, in the portal's loosely typed JSON.</summary>
internal sealed class DealGetHandler : IMethodHandler
{
    public string Method => "crm.deal.get";

    public void Handle(CallContext call, Utf8JsonWriter result)
    {
        var id = call.Parameters.PositiveId("id", "ID") ?? throw CallContext.Error(string.Empty, "ID is not defined or invalid.");
        if (!call.CanUseCrm)
        {
            throw CallContext.Error(string.Empty, "Access denied.");
        }

        var deal = call.Crm.FindDeal(id) ?? throw CallContext.Error(string.Empty, "Not found");
        call.Crm.Atomically(_ => Write(result, deal));
    }

    private static void Write(Utf8JsonWriter writer, FakeDeal deal)
    {
        writer.WriteStartObject();
        LooseJson.Id(writer, "ID", deal.Id);
        writer.WriteString("TITLE", deal.Title);
        writer.WriteString("TYPE_ID", deal.TypeId);
        writer.WriteString("STAGE_ID", deal.StageId);
        LooseJson.Text(writer, "PROBABILITY", deal.Probability?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        writer.WriteString("CURRENCY_ID", deal.CurrencyId);
        LooseJson.Money(writer, "OPPORTUNITY", deal.Opportunity);
        LooseJson.YesNo(writer, "IS_MANUAL_OPPORTUNITY", false);
        LooseJson.Money(writer, "TAX_VALUE", 0);
        writer.WriteNull("LEAD_ID");
        LooseJson.Id(writer, "COMPANY_ID", deal.CompanyId);
        LooseJson.Id(writer, "CONTACT_ID", deal.ContactId);
        writer.WriteNull("QUOTE_ID");
        LooseJson.DateTime(writer, "BEGINDATE", deal.BeginDate);
        LooseJson.DateTime(writer, "CLOSEDATE", deal.CloseDate);
        LooseJson.Id(writer, "ASSIGNED_BY_ID", deal.AssignedById);
        LooseJson.Id(writer, "CREATED_BY_ID", deal.AssignedById);
        LooseJson.Id(writer, "MODIFY_BY_ID", deal.AssignedById);
        LooseJson.DateTime(writer, "DATE_CREATE", deal.CreatedAt);
        LooseJson.DateTime(writer, "DATE_MODIFY", deal.CreatedAt);
        LooseJson.YesNo(writer, "OPENED", deal.Opened);
        LooseJson.YesNo(writer, "CLOSED", deal.Closed);
        writer.WriteString("COMMENTS", deal.Comments);
        writer.WriteString("ADDITIONAL_INFO", string.Empty);
        writer.WriteNull("LOCATION_ID");
        LooseJson.Id(writer, "CATEGORY_ID", deal.CategoryId);
        writer.WriteString("STAGE_SEMANTIC_ID", deal.Closed ? "S" : "P");
        LooseJson.YesNo(writer, "IS_NEW", deal.StageId == "NEW");
        LooseJson.YesNo(writer, "IS_RECURRING", false);
        LooseJson.YesNo(writer, "IS_RETURN_CUSTOMER", false);
        LooseJson.YesNo(writer, "IS_REPEATED_APPROACH", false);
        writer.WriteString("SOURCE_ID", "CALL");
        writer.WriteString("SOURCE_DESCRIPTION", string.Empty);
        writer.WriteNull("ORIGINATOR_ID");
        writer.WriteNull("ORIGIN_ID");
        LooseJson.Id(writer, "MOVED_BY_ID", deal.AssignedById);
        LooseJson.DateTime(writer, "MOVED_TIME", deal.CreatedAt);
        LooseJson.DateTime(writer, "LAST_ACTIVITY_TIME", deal.CreatedAt);
        LooseJson.Id(writer, "LAST_ACTIVITY_BY", deal.AssignedById);
        writer.WriteNull("UTM_SOURCE");
        writer.WriteNull("UTM_MEDIUM");
        writer.WriteNull("UTM_CAMPAIGN");
        writer.WriteNull("UTM_CONTENT");
        writer.WriteNull("UTM_TERM");
        foreach (var (name, value) in deal.CustomFields)
        {
            writer.WritePropertyName(name);
            LooseJson.Php(writer, value);
        }

        writer.WriteEndObject();
    }
}
