using System.Linq;
using System.Threading.Tasks;
using Bitrix24.Generated;
using Bitrix24.Generated.Crm;
using Bitrix24.Testing.Crm;
using Bitrix24.Testing.Protocol;

namespace Bitrix24.EndToEnd.Tests;

public sealed class ContactCompanyItemsSetTests
{
    [Fact]
    public async Task Replaces_the_companies_with_documented_sort_and_primary_rules()
    {
        await using var session = await PortalSession.StartAsync();
        session.Contact.Companies.Add(new FakeCompanyBinding(session.Company.Id, 30, IsPrimary: true));

        var response = await session.Api.Crm.Contact.Company.Items.SetAsync(
            new ContactCompanyItemsSetRequest
            {
                Id = session.Contact.Id,
                Items =
                [
                    new ContactCompanyItemsSetRequest.ItemsItem { CompanyId = session.Company.Id },
                    new ContactCompanyItemsSetRequest.ItemsItem { CompanyId = session.OtherCompany.Id, IsPrimary = true },
                ],
            },
            TestContext.Current.CancellationToken);

        Assert.True(response.Result);
        Assert.Equal(
            [new FakeCompanyBinding(session.Company.Id, 30, false), new FakeCompanyBinding(session.OtherCompany.Id, 40, true)],
            session.Contact.Companies);
        var body = session.Portal.Calls.Last().Body;
        Assert.Contains("\"IS_PRIMARY\":\"Y\"", body);
        Assert.DoesNotContain("SORT", body);
    }

    [Fact]
    public async Task Without_a_primary_the_first_company_is_primary()
    {
        await using var session = await PortalSession.StartAsync();

        await session.Api.Crm.Contact.Company.Items.SetAsync(
            new ContactCompanyItemsSetRequest
            {
                Id = session.Contact.Id,
                Items = [new() { CompanyId = session.OtherCompany.Id, Sort = 5 }, new() { CompanyId = session.Company.Id, IsPrimary = false }],
            },
            TestContext.Current.CancellationToken);

        Assert.Equal([new FakeCompanyBinding(session.OtherCompany.Id, 5, true), new FakeCompanyBinding(session.Company.Id, 15, false)], session.Contact.Companies);
    }

    [Fact]
    public async Task Each_documented_error()
    {
        await using var session = await PortalSession.StartAsync();
        var items = session.Api.Crm.Contact.Company.Items;
        ContactCompanyItemsSetRequest For(long contactId) => new() { Id = contactId, Items = [new() { CompanyId = session.Company.Id }] };
        var valid = For(session.Contact.Id);

        await session.ExpectAsync(() => items.SetAsync(For(0)), ContactCompanyItemsSetError.TheParameterOwnerEntityIDIsInvalidOrNotDefined, "The parameter ownerEntityID is invalid or not defined");
        await session.ExpectAsync(() => session.Restricted.Crm.Contact.Company.Items.SetAsync(valid), ContactCompanyItemsSetError.AccessDenied, "Access denied!");
        await session.ExpectAsync(() => items.SetAsync(For(999_999)), ContactCompanyItemsSetError.NotFound, "Not found");

        // The typed request always sends a list; a non-array "items" is what other clients send, injected here.
        session.Portal.Faults.InjectError("crm.contact.company.items.set", RestError.BadRequest(string.Empty, "The parameter items must be array."));
        await session.ExpectAsync(() => items.SetAsync(valid), ContactCompanyItemsSetError.TheParameterItemsMustBeArray, "The parameter items must be array");
    }
}
