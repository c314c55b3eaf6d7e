using System;
using System.Globalization;
using System.Text.Json;
using Bitrix24.Testing.Crm;
using Bitrix24.Testing.Protocol;

namespace Bitrix24.Testing.Methods;

/// <summary>
/// <c>crm.deal.add</c>: adds a deal from <c>fields</c> and answers its new id as an integer. A field not sent, sent as
/// <c>null</c> or unreadable stays unset.
/// </summary>
internal sealed class DealAddHandler : IMethodHandler
{
    public string Method => "crm.deal.add";

    public bool IsWrite => true;

    public void Handle(CallContext call, Utf8JsonWriter result)
    {
        if (call.Parameters.Get("fields", "FIELDS") is not { ValueKind: JsonValueKind.Object } fields)
        {
            throw CallContext.Error(string.Empty, "Parameter 'fields' must be array");
        }

        if (!call.CanUseCrm)
        {
            throw CallContext.Error(string.Empty, "Access denied");
        }

        var deal = new FakeDeal();
        foreach (var field in fields.EnumerateObject())
        {
            Apply(deal, field.Name.ToUpperInvariant(), field.Value);
        }

        result.WriteNumberValue(call.Crm.Add(deal).Id);
    }

    private static void Apply(FakeDeal deal, string name, JsonElement value)
    {
        var text = Parameters.AsString(value);
        switch (name)
        {
            case "TITLE": deal.Title = text ?? string.Empty; break;
            case "TYPE_ID": deal.TypeId = text ?? deal.TypeId; break;
            case "STAGE_ID": deal.StageId = text ?? deal.StageId; break;
            case "CURRENCY_ID": deal.CurrencyId = text ?? deal.CurrencyId; break;
            case "COMMENTS": deal.Comments = text; break;
            case "ADDITIONAL_INFO": deal.AdditionalInfo = text; break;
            case "SOURCE_ID": deal.SourceId = text; break;
            case "SOURCE_DESCRIPTION": deal.SourceDescription = text; break;
            case "ORIGINATOR_ID": deal.OriginatorId = text; break;
            case "ORIGIN_ID": deal.OriginId = text; break;
            case "LEAD_ID": deal.LeadId = Parameters.AsPositiveId(value); break;
            case "QUOTE_ID": deal.QuoteId = Parameters.AsPositiveId(value); break;
            case "CATEGORY_ID": deal.CategoryId = Parameters.AsPositiveId(value) ?? 0; break;
            case "ASSIGNED_BY_ID": deal.AssignedById = Parameters.AsPositiveId(value) ?? deal.AssignedById; break;
            case "COMPANY_ID": deal.CompanyId = Parameters.AsPositiveId(value); break;
            case "CONTACT_ID": deal.ContactId = Parameters.AsPositiveId(value); break;
            case "OPENED": deal.Opened = text is "Y" or "1" or "true"; break;
            case "CLOSED": deal.Closed = text is "Y" or "1" or "true"; break;
            case "OPPORTUNITY": deal.Opportunity = Amount(text) ?? deal.Opportunity; break;
            case "TAX_VALUE": deal.TaxValue = Amount(text); break;
            case "BEGINDATE": deal.BeginDate = Date(text); break;
            case "CLOSEDATE": deal.CloseDate = Date(text); break;
            case "PROBABILITY" when int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var percent):
                deal.Probability = percent;
                break;
            case var custom when custom.StartsWith("UF_", StringComparison.Ordinal) || custom.StartsWith("PARENT_ID_", StringComparison.Ordinal):
                deal.CustomFields[custom] = value.Clone();
                break;
        }
    }

    private static decimal? Amount(string? text)
        => decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) ? amount : null;

    private static DateTimeOffset? Date(string? text)
        => DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
