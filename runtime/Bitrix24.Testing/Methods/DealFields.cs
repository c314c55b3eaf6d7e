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
    private static readonly (string Name, Action<Utf8JsonWriter, string, FakeDeal> Write)[] Standard =
    [
        ("ID", (w, n, d) => LooseJson.Id(w, n, d.Id)),
        ("TITLE", (w, n, d) => w.WriteString(n, d.Title)),
        ("TYPE_ID", (w, n, d) => w.WriteString(n, d.TypeId)),
        ("STAGE_ID", (w, n, d) => w.WriteString(n, d.StageId)),
        ("PROBABILITY", (w, n, d) => LooseJson.Text(w, n, d.Probability?.ToString(CultureInfo.InvariantCulture))),
        ("CURRENCY_ID", (w, n, d) => w.WriteString(n, d.CurrencyId)),
        ("OPPORTUNITY", (w, n, d) => LooseJson.Money(w, n, d.Opportunity)),
        ("IS_MANUAL_OPPORTUNITY", (w, n, _) => LooseJson.YesNo(w, n, false)),
        ("TAX_VALUE", (w, n, _) => LooseJson.Money(w, n, 0)),
        ("LEAD_ID", (w, n, _) => w.WriteNull(n)),
        ("COMPANY_ID", (w, n, d) => LooseJson.Id(w, n, d.CompanyId)),
        ("CONTACT_ID", (w, n, d) => LooseJson.Id(w, n, d.ContactId)),
        ("QUOTE_ID", (w, n, _) => w.WriteNull(n)),
        ("BEGINDATE", (w, n, d) => LooseJson.DateTime(w, n, d.BeginDate)),
        ("CLOSEDATE", (w, n, d) => LooseJson.DateTime(w, n, d.CloseDate)),
        ("ASSIGNED_BY_ID", (w, n, d) => LooseJson.Id(w, n, d.AssignedById)),
        ("CREATED_BY_ID", (w, n, d) => LooseJson.Id(w, n, d.AssignedById)),
        ("MODIFY_BY_ID", (w, n, d) => LooseJson.Id(w, n, d.AssignedById)),
        ("DATE_CREATE", (w, n, d) => LooseJson.DateTime(w, n, d.CreatedAt)),
        ("DATE_MODIFY", (w, n, d) => LooseJson.DateTime(w, n, d.CreatedAt)),
        ("OPENED", (w, n, d) => LooseJson.YesNo(w, n, d.Opened)),
        ("CLOSED", (w, n, d) => LooseJson.YesNo(w, n, d.Closed)),
        ("COMMENTS", (w, n, d) => w.WriteString(n, d.Comments)),
        ("ADDITIONAL_INFO", (w, n, _) => w.WriteString(n, string.Empty)),
        ("LOCATION_ID", (w, n, _) => w.WriteNull(n)),
        ("CATEGORY_ID", (w, n, d) => LooseJson.Id(w, n, d.CategoryId)),
        ("STAGE_SEMANTIC_ID", (w, n, d) => w.WriteString(n, d.Closed ? "S" : "P")),
        ("IS_NEW", (w, n, d) => LooseJson.YesNo(w, n, d.StageId == "NEW")),
        ("IS_RECURRING", (w, n, _) => LooseJson.YesNo(w, n, false)),
        ("IS_RETURN_CUSTOMER", (w, n, _) => LooseJson.YesNo(w, n, false)),
        ("IS_REPEATED_APPROACH", (w, n, _) => LooseJson.YesNo(w, n, false)),
        ("SOURCE_ID", (w, n, _) => w.WriteString(n, "CALL")),
        ("SOURCE_DESCRIPTION", (w, n, _) => w.WriteString(n, string.Empty)),
        ("ORIGINATOR_ID", (w, n, _) => w.WriteNull(n)),
        ("ORIGIN_ID", (w, n, _) => w.WriteNull(n)),
        ("MOVED_BY_ID", (w, n, d) => LooseJson.Id(w, n, d.AssignedById)),
        ("MOVED_TIME", (w, n, d) => LooseJson.DateTime(w, n, d.CreatedAt)),
        ("LAST_ACTIVITY_TIME", (w, n, d) => LooseJson.DateTime(w, n, d.CreatedAt)),
        ("LAST_ACTIVITY_BY", (w, n, d) => LooseJson.Id(w, n, d.AssignedById)),
        ("UTM_SOURCE", (w, n, _) => w.WriteNull(n)),
        ("UTM_MEDIUM", (w, n, _) => w.WriteNull(n)),
        ("UTM_CAMPAIGN", (w, n, _) => w.WriteNull(n)),
        ("UTM_CONTENT", (w, n, _) => w.WriteNull(n)),
        ("UTM_TERM", (w, n, _) => w.WriteNull(n)),
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

    public static void Write(Utf8JsonWriter writer, FakeDeal deal, DealSelection selection)
    {
        writer.WriteStartObject();
        foreach (var index in selection.StandardFields)
        {
            var (name, write) = Standard[index];
            write(writer, name, deal);
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
