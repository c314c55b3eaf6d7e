using System.Linq;
using System.Text.Json;
using Bitrix24.Testing.Crm;
using Bitrix24.Testing.Protocol;

namespace Bitrix24.Testing.Methods;

/// <summary><c>crm.activity.update</c>: changes the fields of a system activity.</summary>
internal sealed class ActivityUpdateHandler : IMethodHandler
{
    private const int CallType = 2;
    private const int ProviderManagedType = 6;
    private const string ConfigurableProvider = "REST_APP";

    public string Method => "crm.activity.update";

    public bool IsWrite => true;

    public void Handle(CallContext call, Utf8JsonWriter result)
    {
        var id = call.Parameters.PositiveId("id", "ID") ?? throw CallContext.Error(string.Empty, "Activity is not found.");
        var fields = new Parameters(call.Parameters.Get("fields", "FIELDS") ?? default);
        if (!call.CanUseCrm)
        {
            throw CallContext.Error(string.Empty, "Access denied.");
        }

        call.Crm.Atomically(crm =>
        {
            var activity = crm.FindActivity(id) ?? throw CallContext.Error(string.Empty, "Activity is not found.");

            if (activity.ProviderId == ConfigurableProvider)
            {
                throw CallContext.Error(string.Empty, "Use crm.activity.configurable.update for this activity provider.");
            }

            if (activity.TypeId == ProviderManagedType && activity.ProviderId is null)
            {
                throw CallContext.Error(string.Empty, "The custom activity without provider is not supported in current context.");
            }

            Apply(activity, fields, crm);
        });

        result.WriteBooleanValue(true);
    }

    // Validate everything first, then change: a failed update leaves the activity as it was.
    private static void Apply(FakeActivity activity, Parameters fields, FakeCrm crm)
    {
        var subject = fields.Get("SUBJECT");
        if (subject is not null && string.IsNullOrWhiteSpace(Parameters.AsString(subject)))
        {
            throw CallContext.Error(string.Empty, "The field SUBJECT is not defined or empty.");
        }

        var responsible = fields.Get("RESPONSIBLE_ID");
        var responsibleId = Parameters.AsPositiveId(responsible);
        if (responsible is not null && (responsibleId is null || !crm.UserExists(responsibleId.Value)))
        {
            throw CallContext.Error(string.Empty, "The field RESPONSIBLE_ID is not defined or invalid.");
        }

        var type = fields.Get("TYPE_ID");
        var typeId = Parameters.AsPositiveId(type);
        if (type is not null && typeId is not (>= 1 and <= 6))
        {
            throw CallContext.Error(string.Empty, "The field TYPE_ID is not defined or invalid.");
        }

        var communications = ReadCommunications(fields.Get("COMMUNICATIONS"));
        if (communications is not null && communications.Length > 1 && (typeId ?? activity.TypeId) == CallType)
        {
            throw CallContext.Error(string.Empty, "The only one communication is allowed for activity of specified type.");
        }

        var ownerTypeId = Parameters.AsPositiveId(fields.Get("OWNER_TYPE_ID")) ?? activity.OwnerTypeId;
        var ownerId = Parameters.AsPositiveId(fields.Get("OWNER_ID")) ?? activity.OwnerId;
        if (!crm.Exists(ownerTypeId, ownerId))
        {
            throw CallContext.Error(string.Empty, "Could not build binding. Please ensure that owner info and communications are defined correctly.");
        }

        activity.Subject = Parameters.AsString(subject) ?? activity.Subject;
        activity.Description = Parameters.AsString(fields.Get("DESCRIPTION")) ?? activity.Description;
        activity.ResponsibleId = responsibleId ?? activity.ResponsibleId;
        activity.TypeId = (int?)typeId ?? activity.TypeId;
        activity.Priority = (int?)Parameters.AsPositiveId(fields.Get("PRIORITY")) ?? activity.Priority;
        activity.Completed = Parameters.AsString(fields.Get("COMPLETED")) is { } completed ? completed == "Y" : activity.Completed;
        if (communications is not null)
        {
            activity.Communications.Clear();
            activity.Communications.AddRange(communications);
        }

        var owner = new FakeBinding(ownerTypeId, ownerId);
        activity.Bindings.Remove(new FakeBinding(activity.OwnerTypeId, activity.OwnerId));
        if (!activity.Bindings.Contains(owner))
        {
            activity.Bindings.Insert(0, owner);
        }

        (activity.OwnerTypeId, activity.OwnerId) = (ownerTypeId, ownerId);
    }

    private static FakeCommunication[]? ReadCommunications(JsonElement? value)
    {
        if (value is null)
        {
            return null;
        }

        var items = value.Value.ValueKind switch
        {
            JsonValueKind.Array => value.Value.EnumerateArray().ToArray(),
            JsonValueKind.Object => value.Value.EnumerateObject().Select(property => property.Value).ToArray(),
            _ => [],
        };
        var communications = items.Select(item => new Parameters(item)).Select(item => new FakeCommunication(
            Parameters.AsString(item.Get("TYPE")) ?? "PHONE",
            Parameters.AsString(item.Get("VALUE")) ?? string.Empty,
            Parameters.AsPositiveId(item.Get("ENTITY_TYPE_ID")) ?? 0,
            Parameters.AsPositiveId(item.Get("ENTITY_ID")) ?? 0)).ToArray();
        if (communications.Length == 0 || communications.Any(c => c.Value.Length == 0 && c.EntityId == 0))
        {
            throw CallContext.Error(string.Empty, "The field COMMUNICATIONS is not defined or invalid.");
        }

        return communications;
    }
}
