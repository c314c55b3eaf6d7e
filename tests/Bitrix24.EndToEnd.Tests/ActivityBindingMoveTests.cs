using System.Threading.Tasks;
using Bitrix24.Generated;
using Bitrix24.Generated.Crm;
using Bitrix24.Testing.Crm;

namespace Bitrix24.EndToEnd.Tests;

public sealed class ActivityBindingMoveTests
{
    [Fact]
    public async Task Moves_the_binding_to_another_item_of_the_same_type()
    {
        await using var session = await PortalSession.StartAsync();

        var response = await session.Api.Crm.Activity.Binding.MoveAsync(Move(session, session.Deal.Id, session.OtherDeal.Id), TestContext.Current.CancellationToken);

        Assert.True(response.Result);
        Assert.Contains(new FakeBinding(CrmEntityType.Deal, session.OtherDeal.Id), session.Activity.Bindings);
        Assert.DoesNotContain(new FakeBinding(CrmEntityType.Deal, session.Deal.Id), session.Activity.Bindings);
    }

    [Fact]
    public async Task Each_documented_error()
    {
        await using var session = await PortalSession.StartAsync();
        var binding = session.Api.Crm.Activity.Binding;
        var third = session.Portal.Crm.Add(new FakeDeal { Title = "Third" });
        session.Activity.Bindings.Add(new FakeBinding(CrmEntityType.Deal, third.Id));

        await session.ExpectAsync(() => binding.MoveAsync(Move(session, 0, session.OtherDeal.Id)), ActivityBindingMoveError.Code100, "Required fields are not provided");
        await session.ExpectAsync(() => binding.MoveAsync(Move(session, session.Deal.Id, session.OtherDeal.Id, activityId: 999_999)), ActivityBindingMoveError.NotFound, "Element not found");
        await session.ExpectAsync(() => binding.MoveAsync(Move(session, session.Deal.Id, 999_999)), ActivityBindingMoveError.OwnerNotFound, "Owner of the item not found");
        await session.ExpectAsync(() => binding.MoveAsync(Move(session, session.Deal.Id, session.Contact.Id, targetEntityTypeId: CrmEntityType.Contact)), ActivityBindingMoveError.SourceAndTargetEntityTypesAreNotEqualError, "Cannot move the activity from one CRM object type to another");
        await session.ExpectAsync(() => binding.MoveAsync(Move(session, session.Deal.Id, session.Deal.Id)), ActivityBindingMoveError.SourceAndTargetEntityIdAreEqualError, "Cannot move the activity to the same item");
        await session.ExpectAsync(() => session.Restricted.Crm.Activity.Binding.MoveAsync(Move(session, session.Deal.Id, session.OtherDeal.Id)), ActivityBindingMoveError.AccessDenied, "Insufficient rights to perform the operation");
        await session.ExpectAsync(() => binding.MoveAsync(Move(session, session.Deal.Id, third.Id)), ActivityBindingMoveError.ActivityIsAlreadyBound, "The activity is already bound to this entity");
        await session.ExpectAsync(() => binding.MoveAsync(Move(session, session.OtherDeal.Id, third.Id)), ActivityBindingMoveError.BindingNotFound, "The activity is not linked to the specified entity");
    }

    private static ActivityBindingMoveRequest Move(PortalSession session, long sourceDealId, long targetDealId, long? activityId = null, long targetEntityTypeId = CrmEntityType.Deal) => new()
    {
        ActivityId = activityId ?? session.Activity.Id,
        SourceEntityTypeId = CrmEntityType.Deal,
        SourceEntityId = sourceDealId,
        TargetEntityTypeId = targetEntityTypeId,
        TargetEntityId = targetDealId,
    };
}
