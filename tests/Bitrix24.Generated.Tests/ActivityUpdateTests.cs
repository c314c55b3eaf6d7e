using System.Collections.Generic;
using System.Text.Json;
using System.Threading.Tasks;
using Bitrix24.Generated;
using Bitrix24.Generated.Crm;
using Bitrix24.Testing.Crm;
using Bitrix24.Testing.Protocol;
using Fields = Bitrix24.Generated.Crm.ActivityUpdateRequest.FieldsObject;

namespace Bitrix24.EndToEnd.Tests;

#pragma warning disable CS0618 // crm.activity.update is deprecated (crm.activity.todo.update replaces it); these tests call it on purpose.

public sealed class ActivityUpdateTests
{
    [Fact]
    public async Task Updates_the_activity()
    {
        await using var session = await PortalSession.StartAsync();

        // COMPLETED is not in the update page's field table: undocumented fields travel in ExtensionData.
        var completed = new Dictionary<string, JsonElement> { ["COMPLETED"] = JsonElement.Parse("\"Y\"") };
        var response = await session.Api.Crm.Activity.UpdateAsync(
            Update(session, fields => fields with { Subject = "Follow-up", Priority = Fields.PriorityValues.High, OwnerId = session.OtherDeal.Id, ExtensionData = completed }),
            TestContext.Current.CancellationToken);

        Assert.True(response.Result);
        Assert.Equal(("Follow-up", 3, true, session.OtherDeal.Id), (session.Activity.Subject, session.Activity.Priority, session.Activity.Completed, session.Activity.OwnerId));
        Assert.Contains(new FakeBinding(CrmEntityType.Deal, session.OtherDeal.Id), session.Activity.Bindings);
    }

    [Fact]
    public async Task Each_documented_error()
    {
        await using var session = await PortalSession.StartAsync();
        var activity = session.Api.Crm.Activity;
        var twoPhones = new[] { Phone(session, "+1"), Phone(session, "+2") };
        var custom = session.Portal.Crm.Add(new FakeActivity { OwnerId = session.Deal.Id, TypeId = 6 });
        var configurable = session.Portal.Crm.Add(new FakeActivity { OwnerId = session.Deal.Id, TypeId = 6, ProviderId = "REST_APP" });

        await session.ExpectAsync(() => activity.UpdateAsync(Update(session) with { Id = 999_999 }), ActivityUpdateError.ActivityIsNotFound, "Activity is not found");
        await session.ExpectAsync(() => activity.UpdateAsync(Update(session, f => f with { Subject = " " })), ActivityUpdateError.TheFieldSubjectIsNotDefinedOrEmpty, "The field SUBJECT is not defined or empty");
        await session.ExpectAsync(() => activity.UpdateAsync(Update(session, f => f with { ResponsibleId = 999 })), ActivityUpdateError.TheFieldResponsibleIdIsNotDefinedOrInvalid, "The field RESPONSIBLE_ID is not defined or invalid");
        await session.ExpectAsync(() => activity.UpdateAsync(Update(session, f => f with { TypeId = 9 })), ActivityUpdateError.TheFieldTypeIdIsNotDefinedOrInvalid, "The field TYPE_ID is not defined or invalid");
        await session.ExpectAsync(() => activity.UpdateAsync(Update(session, f => f with { Communications = [new Fields.CommunicationsItem()] })), ActivityUpdateError.TheFieldCommunicationsIsNotDefinedOrInvalid, "The field COMMUNICATIONS is not defined or invalid");
        await session.ExpectAsync(() => activity.UpdateAsync(Update(session, f => f with { Communications = twoPhones })), ActivityUpdateError.TheOnlyOneCommunicationIsAllowedForActivity, "The only one communication is allowed for activity of specified type");
        await session.ExpectAsync(() => activity.UpdateAsync(Update(session, f => f with { OwnerId = 999_999 })), ActivityUpdateError.CouldNotBuildBindingPleaseEnsureThatOwner, "Could not build binding. Please ensure that owner info and communications are defined correctly");
        await session.ExpectAsync(() => activity.UpdateAsync(Update(session) with { Id = custom.Id }), ActivityUpdateError.TheCustomActivityWithoutProviderIsNotSupported, "The custom activity without provider is not supported in current context");
        await session.ExpectAsync(() => activity.UpdateAsync(Update(session) with { Id = configurable.Id }), ActivityUpdateError.UseCrmActivityConfigurableUpdateForThisActivityProvider, "Use crm.activity.configurable.update for this activity provider");
        await session.ExpectAsync(() => session.Restricted.Crm.Activity.UpdateAsync(Update(session)), ActivityUpdateError.AccessDenied, "Access denied");

        // Application-context checks need an OAuth application, which the fake's webhooks are not; injected.
        session.Portal.Faults.InjectError("crm.activity.update", RestError.BadRequest(string.Empty, "Application context required"));
        await session.ExpectAsync(() => activity.UpdateAsync(Update(session)), ActivityUpdateError.ApplicationContextRequired, "Application context required");

        Assert.Equal("Call", session.Activity.Subject);
    }

    private static ActivityUpdateRequest Update(PortalSession session, System.Func<Fields, Fields>? change = null)
    {
        var fields = new Fields
        {
            OwnerId = session.Deal.Id,
            OwnerTypeId = CrmEntityType.Deal,
            TypeId = Fields.TypeIdValues.Call,
            ResponsibleId = 1,
            Communications = [Phone(session, "+100")],
        };
        return new ActivityUpdateRequest { Id = session.Activity.Id, Fields = change is null ? fields : change(fields) };
    }

    private static Fields.CommunicationsItem Phone(PortalSession session, string number)
        => new() { Value = number, Type = "PHONE", EntityTypeId = CrmEntityType.Contact, EntityId = session.Contact.Id };
}
