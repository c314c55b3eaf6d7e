using System.Text.Json;
using Bitrix24.Testing.Crm;

namespace Bitrix24.Testing.Methods;

/// <summary><c>crm.activity.binding.add</c>: links an activity to one more CRM item, at most 100.</summary>
internal sealed class ActivityBindingAddHandler : IMethodHandler
{
    public string Method => "crm.activity.binding.add";

    public bool IsWrite => true;

    public void Handle(CallContext call, Utf8JsonWriter result)
    {
        var parameters = call.Parameters;
        var activityId = parameters.PositiveId("activityId");
        var entityTypeId = parameters.PositiveId("entityTypeId");
        var entityId = parameters.PositiveId("entityId");
        if (activityId is null || entityTypeId is null || entityId is null)
        {
            throw CallContext.Error("100", "Required fields not provided");
        }

        if (!call.CanUseCrm)
        {
            throw CallContext.Error("ACCESS_DENIED", "Insufficient rights to perform the operation");
        }

        call.Crm.Atomically(crm =>
        {
            var activity = crm.FindActivity(activityId.Value) ?? throw CallContext.Error("NOT_FOUND", "Entity not found");
            if (!crm.Exists(entityTypeId.Value, entityId.Value))
            {
                throw CallContext.Error("OWNER_NOT_FOUND", "Owner of the entity not found");
            }

            var binding = new FakeBinding(entityTypeId.Value, entityId.Value);
            if (activity.Bindings.Contains(binding))
            {
                throw CallContext.Error("ACTIVITY_IS_ALREADY_BOUND", "The activity is already bound to this entity");
            }

            if (activity.Bindings.Count >= FakeCrm.MaxBindingsPerActivity)
            {
                throw CallContext.Error("BINDINGS_LIMIT_EXCEEDED", $"An activity can be bound to at most {FakeCrm.MaxBindingsPerActivity} CRM entities");
            }

            activity.Bindings.Add(binding);
        });

        result.WriteBooleanValue(true);
    }
}
