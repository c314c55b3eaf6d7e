using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Bitrix24.Testing.Crm;
using Bitrix24.Testing.Protocol;

namespace Bitrix24.Testing.Methods;

/// <summary><c>crm.contact.company.items.set</c>: replaces a contact's companies with the given list.</summary>
internal sealed class ContactCompanyItemsSetHandler : IMethodHandler
{
    private const int SortStep = 10;

    public string Method => "crm.contact.company.items.set";

    public bool IsWrite => true;

    public void Handle(CallContext call, Utf8JsonWriter result)
    {
        var id = call.Parameters.PositiveId("id") ?? throw CallContext.Error(string.Empty, "The parameter ownerEntityID is invalid or not defined.");
        var items = call.Parameters.Get("items");
        if (items is not { ValueKind: JsonValueKind.Array or JsonValueKind.Object })
        {
            throw CallContext.Error(string.Empty, "The parameter items must be array.");
        }

        if (!call.CanUseCrm)
        {
            throw CallContext.Error("ACCESS_DENIED", "Access denied!");
        }

        call.Crm.Atomically(crm =>
        {
            var contact = crm.FindContact(id) ?? throw CallContext.Error(string.Empty, "Not found");
            var requested = Elements(items.Value).Select(item => Read(item, crm)).ToList();
            Replace(contact, requested);
        });

        result.WriteBooleanValue(true);
    }

    // PHP arrays arrive as JSON arrays, or as objects keyed "0", "1", ...
    private static IEnumerable<JsonElement> Elements(JsonElement items)
        => items.ValueKind == JsonValueKind.Array ? items.EnumerateArray() : items.EnumerateObject().Select(property => property.Value);

    private static (long CompanyId, int? Sort, bool IsPrimary) Read(JsonElement item, FakeCrm crm)
    {
        var fields = new Parameters(item);
        var companyId = fields.PositiveId("COMPANY_ID");
        if (companyId is null || crm.FindCompany(companyId.Value) is null)
        {
            throw CallContext.Error(string.Empty, "Not found");
        }

        var sort = Parameters.AsPositiveId(fields.Get("SORT"));
        var primary = Parameters.AsString(fields.Get("IS_PRIMARY")) is "Y" or "true" or "1";
        return (companyId.Value, sort is null ? null : (int)sort.Value, primary);
    }

    // Documented rules: missing SORT = max existing-or-given sort + 10; the first IS_PRIMARY=Y wins, else the first item.
    private static void Replace(FakeContact contact, List<(long CompanyId, int? Sort, bool IsPrimary)> requested)
    {
        var existing = contact.Companies.ToDictionary(binding => binding.CompanyId, binding => binding.Sort);
        var maxSort = existing.Values.Concat(requested.Where(r => r.Sort is not null).Select(r => r.Sort!.Value)).DefaultIfEmpty(0).Max();
        var primaryIndex = requested.FindIndex(r => r.IsPrimary);
        if (primaryIndex < 0)
        {
            primaryIndex = 0;
        }

        var bindings = new List<FakeCompanyBinding>();
        for (var i = 0; i < requested.Count; i++)
        {
            var (companyId, sort, _) = requested[i];
            var resolved = sort ?? (existing.TryGetValue(companyId, out var kept) ? kept : maxSort += SortStep);
            bindings.Add(new FakeCompanyBinding(companyId, resolved, i == primaryIndex));
        }

        contact.Companies.Clear();
        contact.Companies.AddRange(bindings);
    }
}
