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
            Update(session, subject: "Follow-up", priority: Fields.PriorityValues.High, ownerId: session.OtherDeal.Id, extensionData: completed),
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

        await session.ExpectAsync(() => activity.UpdateAsync(Update(session, id: 999_999)), ActivityUpdateError.ActivityIsNotFound, "Activity is not found");
        await session.ExpectAsync(() => activity.UpdateAsync(Update(session, subject: " ")), ActivityUpdateError.TheFieldSubjectIsNotDefinedOrEmpty, "The field SUBJECT is not defined or empty");
        await session.ExpectAsync(() => activity.UpdateAsync(Update(session, responsibleId: 999)), ActivityUpdateError.TheFieldResponsibleIdIsNotDefinedOrInvalid, "The field RESPONSIBLE_ID is not defined or invalid");
        await session.ExpectAsync(() => activity.UpdateAsync(Update(session, typeId: 9)), ActivityUpdateError.TheFieldTypeIdIsNotDefinedOrInvalid, "The field TYPE_ID is not defined or invalid");
        await session.ExpectAsync(() => activity.UpdateAsync(Update(session, communications: [new Fields.CommunicationsItem()])), ActivityUpdateError.TheFieldCommunicationsIsNotDefinedOrInvalid, "The field COMMUNICATIONS is not defined or invalid");
        await session.ExpectAsync(() => activity.UpdateAsync(Update(session, communications: twoPhones)), ActivityUpdateError.TheOnlyOneCommunicationIsAllowedForActivity, "The only one communication is allowed for activity of specified type");
        await session.ExpectAsync(() => activity.UpdateAsync(Update(session, ownerId: 999_999)), ActivityUpdateError.CouldNotBuildBindingPleaseEnsureThatOwner, "Could not build binding. Please ensure that owner info and communications are defined correctly");
        await session.ExpectAsync(() => activity.UpdateAsync(Update(session, id: custom.Id)), ActivityUpdateError.TheCustomActivityWithoutProviderIsNotSupported, "The custom activity without provider is not supported in current context");
        await session.ExpectAsync(() => activity.UpdateAsync(Update(session, id: configurable.Id)), ActivityUpdateError.UseCrmActivityConfigurableUpdateForThisActivityProvider, "Use crm.activity.configurable.update for this activity provider");
        await session.ExpectAsync(() => session.Restricted.Crm.Activity.UpdateAsync(Update(session)), ActivityUpdateError.AccessDenied, "Access denied");

        // Application-context checks need an OAuth application, which the fake's webhooks are not; injected.
        session.Portal.Faults.InjectError("crm.activity.update", RestError.BadRequest(string.Empty, "Application context required"));
        await session.ExpectAsync(() => activity.UpdateAsync(Update(session)), ActivityUpdateError.ApplicationContextRequired, "Application context required");

        Assert.Equal("Call", session.Activity.Subject);
    }

    // Every call changes at most a few fields of one valid update.
    private static ActivityUpdateRequest Update(
        PortalSession session,
        long? id = null,
        string? subject = null,
        long? priority = null,
        long? ownerId = null,
        long? typeId = null,
        long? responsibleId = null,
        IReadOnlyList<Fields.CommunicationsItem>? communications = null,
        IReadOnlyDictionary<string, JsonElement>? extensionData = null) => new()
        {
            Id = id ?? session.Activity.Id,
            Fields = new Fields
            {
                OwnerId = ownerId ?? session.Deal.Id,
                OwnerTypeId = CrmEntityType.Deal,
                TypeId = typeId ?? Fields.TypeIdValues.Call,
                ResponsibleId = responsibleId ?? 1,
                Communications = communications ?? [Phone(session, "+100")],
                Subject = subject,
                Priority = priority,
                ExtensionData = extensionData,
            },
        };

    private static Fields.CommunicationsItem Phone(PortalSession session, string number)
        => new() { Value = number, Type = "PHONE", EntityTypeId = CrmEntityType.Contact, EntityId = session.Contact.Id };
}
