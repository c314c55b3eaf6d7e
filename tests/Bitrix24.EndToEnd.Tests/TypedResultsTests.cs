using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Bitrix24.Client;
using Bitrix24.Client.Errors;
using Bitrix24.Generated;
using Bitrix24.Generated.Crm;
using Bitrix24.Testing;
using Bitrix24.Testing.Crm;
using Bitrix24.Testing.Tasks;
using Rest2Tasks = Bitrix24.Generated.Tasks;
using Rest3Tasks = Bitrix24.Generated.V3.Tasks;

namespace Bitrix24.EndToEnd.Tests;

#pragma warning disable CS0618 // crm.deal.* and crm.contact.* are deprecated in favour of crm.item.*; the fake implements them.

/// <summary>
/// Over HTTP, answers the fake portal writes the way a real one does (ids and money as strings, <c>""</c> for an unset
/// date, <c>null</c> for unset text, <c>Y</c>/<c>N</c>, custom fields) read into the result types the documentation
/// defines: deal rows through every way a list is read, a contact with its phones, a task on REST 2 and REST 3.0.
/// </summary>
public sealed class TypedResultsTests
{
    private static readonly DateTimeOffset Created = new(2024, 8, 30, 14, 29, 0, TimeSpan.FromHours(3));

    [Fact]
    public async Task Deal_rows_are_typed_through_ListAllAsync_ListBulkAsync_and_batch()
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var portal = await LeakScan.StartPortalAsync(cancellation);
        var first = portal.Crm.Add(new FakeDeal { Title = "Wholesale", Opportunity = 3607999m, CurrencyId = "RUB", BeginDate = Created, CreatedAt = Created });
        first.CustomFields["UF_CRM_1721244482250"] = JsonElement.Parse("\"Hello\"");
        var second = portal.Crm.Add(new FakeDeal { Title = "Retail", Opportunity = 12.5m, CurrencyId = "EUR", CreatedAt = Created });
        using var client = new Bitrix24Client(portal.WebhookUrl);
        var api = new Bitrix24Api(client);
        var request = new DealListRequest { Select = ["*", "UF_*"] };

        var listed = await api.Crm.Deal.ListAllAsync(request, cancellation).ToListAsync(cancellation);
        var bulk = await api.Crm.Deal.ListBulkAsync(request, cancellationToken: cancellation).ToListAsync(cancellation);
        var batch = client.Batch();
        var page = api.Crm.Deal.ListAsync(request, cancellation);
        await batch.ExecuteAsync(cancellation);
        var batched = (await page).Result;

        foreach (IReadOnlyList<Bitrix24.Generated.Crm.DealGet.Deal> rows in new[] { listed, bulk, batched })
        {
            Assert.Equal([first.Id, second.Id], rows.Select(row => row.Id!.Value));
            var wholesale = rows[0];
            Assert.Equal("Wholesale", wholesale.Title);
            Assert.Equal(3607999.0, wholesale.Opportunity);
            Assert.Equal("RUB", wholesale.CurrencyId);
            Assert.Equal(new DateTime(2024, 8, 30), wholesale.Begindate);
            Assert.Null(wholesale.Closedate);
            Assert.Equal(Created, wholesale.DateCreate);
            Assert.Equal("Y", wholesale.Opened);
            Assert.Null(wholesale.LeadId);
            Assert.Null(wholesale.Comments);
            Assert.Equal("\"Hello\"", wholesale.ExtensionData["UF_CRM_1721244482250"].GetRawText());
            Assert.Equal(12.5, rows[1].Opportunity);
            Assert.False(rows[1].ExtensionData.ContainsKey("UF_CRM_1721244482250"));
        }
    }

    [Fact]
    public async Task A_contact_is_typed_down_to_its_phones()
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var portal = await LeakScan.StartPortalAsync(cancellation);
        var contact = new FakeContact { Name = "Anna", LastName = "Petrova", CreatedAt = Created };
        contact.Phones.Add(new FakeMultifield("WORK", "+7 495 000-00-00"));
        contact.Emails.Add(new FakeMultifield("HOME", "anna@example.com"));
        portal.Crm.Add(contact);
        using var client = new Bitrix24Client(portal.WebhookUrl);

        var read = (await new Bitrix24Api(client).Crm.Contact.GetAsync(new ContactGetRequest { Id = contact.Id }, cancellation)).Result;

        Assert.IsType<Bitrix24.Generated.Crm.ContactGet.Contact>(read);
        Assert.Equal(contact.Id, read.Id);
        Assert.Equal(("Anna", "Petrova"), (read.Name, read.LastName));
        Assert.Null(read.Birthdate);
        Assert.Equal(Created, read.DateCreate);
        var phone = Assert.Single(read.Phone!);
        Assert.IsType<Multifield>(phone);
        Assert.Equal(("+7 495 000-00-00", "WORK", "PHONE"), (phone.Value, phone.ValueType, phone.TypeId));
        Assert.True(phone.Id > 0);
        Assert.Equal("anna@example.com", Assert.Single(read.Email!).Value);
    }

    [Fact]
    public async Task A_task_is_typed_on_rest2_and_on_rest3()
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var portal = await LeakScan.StartPortalAsync(cancellation);
        var task = portal.Tasks.Add(new FakeTask { Title = "Call the client", Description = "About the contract", CreatorId = 1, ResponsibleId = 1, Changed = Created, Deadline = Created.AddDays(7) });
        using var client = new Bitrix24Client(portal.WebhookUrl);
        var api = new Bitrix24Api(client);

        var rest2 = (await api.Tasks.Task.GetAsync(new Rest2Tasks.TaskGetRequest { TaskId = task.Id }, cancellation)).Result.Task!;
        var rest3 = (await api.V3.Tasks.Task.GetAsync(new Rest3Tasks.TaskGetRequest { Id = task.Id }, cancellation)).Result.Item!;

        Assert.IsType<Rest2Tasks.TaskData>(rest2);
        // tasks/fields.md documents the REST 2 fields as strings, ids too, and that is how the portal sends them.
        Assert.Equal((task.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), "Call the client", "About the contract", "1"), (rest2.Id, rest2.Title, rest2.Description, rest2.ResponsibleId));
        Assert.IsType<Rest3Tasks.TaskData>(rest3);
        Assert.Equal((task.Id, "Call the client", 1L), (rest3.Id, rest3.Title, rest3.CreatorId));
        Assert.Equal((Created, Created.AddDays(7)), (rest3.Changed, rest3.Deadline));
    }

    [Fact]
    public async Task Crm_item_rows_carry_the_common_fields_typed_and_the_entitys_own_fields_raw()
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var portal = await LeakScan.StartPortalAsync(cancellation);
        portal.Faults.InjectRaw("crm.item.list", 200, "application/json", """
            {"result": {"items": [{"id": 41, "entityTypeId": 2, "createdTime": "2024-08-30T14:29:00+03:00", "assignedById": 1,
              "opened": "Y", "title": "Wholesale", "opportunity": 3607999, "ufCrm5_1721244482250": "Hello"}]}, "total": 1}
            """);
        using var client = new Bitrix24Client(portal.WebhookUrl);

        var item = Assert.Single(await new Bitrix24Api(client).Crm.Item.ListAllAsync(new ItemListRequest { EntityTypeId = 2 }, cancellation).ToListAsync(cancellation));

        Assert.IsType<Item>(item);
        Assert.Equal((41L, 2L, Created, 1L), (item.Id, item.EntityTypeId, item.CreatedTime, item.AssignedById));
        Assert.Equal("\"Wholesale\"", item.ExtensionData["title"].GetRawText());
        Assert.Equal("\"Hello\"", item.ExtensionData["ufCrm5_1721244482250"].GetRawText());
    }

    [Fact]
    public async Task A_request_member_documented_by_a_shared_definition_is_sent_through_its_input_class()
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var portal = await LeakScan.StartPortalAsync(cancellation);
        portal.Faults.InjectRaw("crm.contact.add", 200, "application/json", """{"result": 5}""");
        using var client = new Bitrix24Client(portal.WebhookUrl);

        MultifieldInput phone = new() { Value = "+7 495 000-00-00", ValueType = "WORK" };
        var response = await new Bitrix24Api(client).Crm.Contact.AddAsync(new ContactAddRequest { Fields = new() { Name = "Anna", Phone = [phone] } }, cancellation);

        Assert.Equal(5, response.Result);
        var sent = JsonDocument.Parse(portal.Calls.Single(call => call.Method == "crm.contact.add").Body).RootElement.GetProperty("fields");
        Assert.Equal("""[{"VALUE":"+7 495 000-00-00","VALUE_TYPE":"WORK"}]""", sent.GetProperty("PHONE").GetRawText());
    }

    [Fact]
    public async Task Rows_keyed_other_than_0_to_n_are_no_list_and_stop_the_read()
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var portal = await LeakScan.StartPortalAsync(cancellation);
        portal.Faults.InjectRaw("crm.deal.list", 200, "application/json", """{"result": {"5": {"ID": "5"}, "9": {"ID": "9"}}, "total": 2}""");
        using var client = new Bitrix24Client(portal.WebhookUrl);

        var error = await Assert.ThrowsAsync<Bitrix24ResponseFormatException>(async () => await new Bitrix24Api(client).Crm.Deal.ListAllAsync(cancellationToken: cancellation).CountAsync(cancellation));

        Assert.Equal("crm.deal.list", error.Method);
    }

    [Fact]
    public async Task Rows_sent_as_a_php_array_object_are_typed_rows()
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var portal = await LeakScan.StartPortalAsync(cancellation);
        portal.Faults.InjectRaw("crm.deal.list", 200, "application/json", """{"result": {"0": {"ID": "7", "TITLE": "A", "OPPORTUNITY": "10.00"}, "1": {"ID": 8, "TITLE": "B", "OPPORTUNITY": ""}}, "total": 2}""");
        using var client = new Bitrix24Client(portal.WebhookUrl);

        var rows = await new Bitrix24Api(client).Crm.Deal.ListAllAsync(cancellationToken: cancellation).ToListAsync(cancellation);

        Assert.Equal([(7L, "A", (double?)10.0), (8L, "B", null)], rows.Select(row => (row.Id!.Value, row.Title, row.Opportunity)));
    }
}
