using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using Bitrix24.Testing.Crm;
using Bitrix24.Testing.Protocol;

namespace Bitrix24.Testing.Methods;

/// <summary>The standard fields of a deal row and how each is written, shared by <c>crm.deal.get</c> and <c>crm.deal.list</c>.</summary>
internal static class DealFields
{
    /// <summary>A text field the fake keeps no value for (the UTM marks): always unset.</summary>
    private static readonly Action<Utf8JsonWriter, string, FakeDeal, FakePortalOptions> NeverSetText
        = (w, n, _, o) => LooseJson.OptionalText(w, n, null, o.UnsetFields);

    private static readonly (string Name, Action<Utf8JsonWriter, string, FakeDeal, FakePortalOptions> Write)[] Standard =
    [
        ("ID", (w, n, d, _) => LooseJson.Id(w, n, d.Id)),
        ("TITLE", (w, n, d, _) => w.WriteString(n, d.Title)),
        ("TYPE_ID", (w, n, d, _) => w.WriteString(n, d.TypeId)),
        ("STAGE_ID", (w, n, d, _) => w.WriteString(n, d.StageId)),
        ("PROBABILITY", (w, n, d, _) => LooseJson.Text(w, n, d.Probability?.ToString(CultureInfo.InvariantCulture))),
        ("CURRENCY_ID", (w, n, d, _) => w.WriteString(n, d.CurrencyId)),
        ("OPPORTUNITY", (w, n, d, o) => LooseJson.Money(w, n, d.Opportunity, o.UnsetFields)),
        ("IS_MANUAL_OPPORTUNITY", (w, n, _, _) => LooseJson.YesNo(w, n, false)),
        ("TAX_VALUE", (w, n, d, o) => LooseJson.Money(w, n, d.TaxValue, o.UnsetFields)),
        ("LEAD_ID", (w, n, d, _) => LooseJson.Id(w, n, d.LeadId)),
        ("COMPANY_ID", (w, n, d, _) => LooseJson.Id(w, n, d.CompanyId)),
        ("CONTACT_ID", (w, n, d, _) => LooseJson.Id(w, n, d.ContactId)),
        ("QUOTE_ID", (w, n, d, _) => LooseJson.Id(w, n, d.QuoteId)),
        ("BEGINDATE", (w, n, d, o) => LooseJson.DateTime(w, n, d.BeginDate, o.EmptyDate)),
        ("CLOSEDATE", (w, n, d, o) => LooseJson.DateTime(w, n, d.CloseDate, o.EmptyDate)),
        ("ASSIGNED_BY_ID", (w, n, d, _) => LooseJson.Id(w, n, d.AssignedById)),
        ("CREATED_BY_ID", (w, n, d, _) => LooseJson.Id(w, n, d.AssignedById)),
        ("MODIFY_BY_ID", (w, n, d, _) => LooseJson.Id(w, n, d.AssignedById)),
        ("DATE_CREATE", (w, n, d, o) => LooseJson.DateTime(w, n, d.CreatedAt, o.EmptyDate)),
        ("DATE_MODIFY", (w, n, d, o) => LooseJson.DateTime(w, n, d.CreatedAt, o.EmptyDate)),
        ("OPENED", (w, n, d, _) => LooseJson.YesNo(w, n, d.Opened)),
        ("CLOSED", (w, n, d, _) => LooseJson.YesNo(w, n, d.Closed)),
        ("COMMENTS", (w, n, d, o) => LooseJson.OptionalText(w, n, d.Comments, o.UnsetFields)),
        ("ADDITIONAL_INFO", (w, n, d, o) => LooseJson.OptionalText(w, n, d.AdditionalInfo, o.UnsetFields)),
        ("LOCATION_ID", (w, n, _, _) => w.WriteNull(n)),
        ("CATEGORY_ID", (w, n, d, _) => LooseJson.Id(w, n, d.CategoryId)),
        ("STAGE_SEMANTIC_ID", (w, n, d, _) => w.WriteString(n, d.Closed ? "S" : "P")),
        ("IS_NEW", (w, n, d, _) => LooseJson.YesNo(w, n, d.StageId == "NEW")),
        ("IS_RECURRING", (w, n, _, _) => LooseJson.YesNo(w, n, false)),
        ("IS_RETURN_CUSTOMER", (w, n, _, _) => LooseJson.YesNo(w, n, false)),
        ("IS_REPEATED_APPROACH", (w, n, _, _) => LooseJson.YesNo(w, n, false)),

        // A deal made in the portal's own form gets its first source, CALL: the filled profile's tidy default.
        ("SOURCE_ID", (w, n, d, o) => LooseJson.OptionalText(w, n, d.SourceId, o.UnsetFields, "CALL")),
        ("SOURCE_DESCRIPTION", (w, n, d, o) => LooseJson.OptionalText(w, n, d.SourceDescription, o.UnsetFields)),
        ("ORIGINATOR_ID", (w, n, d, o) => LooseJson.OptionalText(w, n, d.OriginatorId, o.UnsetFields)),
        ("ORIGIN_ID", (w, n, d, o) => LooseJson.OptionalText(w, n, d.OriginId, o.UnsetFields)),
        ("MOVED_BY_ID", (w, n, d, _) => LooseJson.Id(w, n, d.AssignedById)),
        ("MOVED_TIME", (w, n, d, o) => LooseJson.DateTime(w, n, d.CreatedAt, o.EmptyDate)),
        ("LAST_ACTIVITY_TIME", (w, n, d, o) => LooseJson.DateTime(w, n, d.CreatedAt, o.EmptyDate)),
        ("LAST_ACTIVITY_BY", (w, n, d, _) => LooseJson.Id(w, n, d.AssignedById)),
        ("UTM_SOURCE", NeverSetText),
        ("UTM_MEDIUM", NeverSetText),
        ("UTM_CAMPAIGN", NeverSetText),
        ("UTM_CONTENT", NeverSetText),
        ("UTM_TERM", NeverSetText),
    ];

    private static readonly int[] AllStandard = Enumerable.Range(0, Standard.Length).ToArray();

    /// <summary>Every standard field and every custom field: what <c>crm.deal.get</c> answers.</summary>
    public static DealSelection Everything { get; } = new(AllStandard, true, new HashSet<string>());

    /// <summary>
    /// The fields a <c>select</c> asks for: <c>*</c> is every standard field, <c>UF_*</c> every custom field, other
    /// names pick one field each (unknown names are ignored); no <c>select</c> means <c>*</c> and <c>UF_*</c>.
    /// </summary>
    public static DealSelection Parse(JsonElement? select)
    {
        if (select is not { ValueKind: JsonValueKind.Array or JsonValueKind.Object } list)
        {
            return Everything;
        }

        var names = (list.ValueKind == JsonValueKind.Array ? list.EnumerateArray() : list.EnumerateObject().Select(p => p.Value))
            .Select(value => Parameters.AsString(value)?.ToUpperInvariant())
            .OfType<string>()
            .ToList();
        if (names.Count == 0)
        {
            return Everything;
        }

        var standard = names.Contains("*")
            ? AllStandard
            : AllStandard.Where(index => names.Contains(Standard[index].Name)).ToArray();
        var customNames = names.Where(name => name.StartsWith("UF_", StringComparison.Ordinal) && name != "UF_*").ToHashSet(StringComparer.Ordinal);
        return new DealSelection(standard, names.Contains("UF_*"), customNames);
    }

    /// <summary>Writes the selected fields of <paramref name="deal"/>, unset ones as <paramref name="options"/> say.</summary>
    public static void Write(Utf8JsonWriter writer, FakeDeal deal, DealSelection selection, FakePortalOptions options)
    {
        writer.WriteStartObject();
        foreach (var index in selection.StandardFields)
        {
            var (name, write) = Standard[index];
            write(writer, name, deal, options);
        }

        foreach (var (name, value) in deal.CustomFields)
        {
            if (selection.AllCustomFields || selection.CustomFields.Contains(name))
            {
                writer.WritePropertyName(name);
                LooseJson.Php(writer, value);
            }
        }

        writer.WriteEndObject();
    }
}
