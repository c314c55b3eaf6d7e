using System.Text.Json;
using Bitrix24.Testing.Crm;

namespace Bitrix24.Testing.Methods;

/// <summary><c>crm.activity.binding.move</c>: moves an activity's link from one CRM item to another of the same type.</summary>
internal sealed class ActivityBindingMoveHandler : IMethodHandler
{
    public string Method => "crm.activity.binding.move";

    public bool IsWrite => true;

    public void Handle(CallContext call, Utf8JsonWriter result)
    {
        var parameters = call.Parameters;
        var activityId = parameters.PositiveId("activityId");
        var sourceTypeId = parameters.PositiveId("sourceEntityTypeId");
        var sourceId = parameters.PositiveId("sourceEntityId");
        var targetTypeId = parameters.PositiveId("targetEntityTypeId");
        var targetId = parameters.PositiveId("targetEntityId");
        if (activityId is null || sourceTypeId is null || sourceId is null || targetTypeId is null || targetId is null)
        {
            throw CallContext.Error("100", "Required fields are not provided");
        }

        if (!call.CanUseCrm)
        {
            throw CallContext.Error("ACCESS_DENIED", "Insufficient rights to perform the operation");
        }

        if (sourceTypeId != targetTypeId)
        {
            throw CallContext.Error("SOURCE_AND_TARGET_ENTITY_TYPES_ARE_NOT_EQUAL_ERROR", "Cannot move the activity from one CRM object type to another");
        }

        if (sourceId == targetId)
        {
            throw CallContext.Error("SOURCE_AND_TARGET_ENTITY_ID_ARE_EQUAL_ERROR", "Cannot move the activity to the same item");
        }

        call.Crm.Atomically(crm =>
        {
            var activity = crm.FindActivity(activityId.Value) ?? throw CallContext.Error("NOT_FOUND", "Element not found");
            if (!crm.Exists(targetTypeId.Value, targetId.Value))
            {
                throw CallContext.Error("OWNER_NOT_FOUND", "Owner of the item not found");
            }

            var source = new FakeBinding(sourceTypeId.Value, sourceId.Value);
            var target = new FakeBinding(targetTypeId.Value, targetId.Value);
            var index = activity.Bindings.IndexOf(source);
            if (index < 0)
            {
                throw CallContext.Error("BINDING_NOT_FOUND", "The activity is not linked to the specified entity");
            }

            if (activity.Bindings.Contains(target))
            {
                throw CallContext.Error("ACTIVITY_IS_ALREADY_BOUND", "The activity is already bound to this entity");
            }

            activity.Bindings[index] = target;
            if (activity.OwnerTypeId == source.EntityTypeId && activity.OwnerId == source.EntityId)
            {
                activity.OwnerId = target.EntityId;
            }
        });

        result.WriteBooleanValue(true);
    }
}
