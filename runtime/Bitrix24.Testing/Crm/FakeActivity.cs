using System.Collections.Generic;

namespace Bitrix24.Testing.Crm;

/// <summary>An activity (meeting, call, task, e-mail) in the fake portal's timeline.</summary>
public sealed class FakeActivity
{
    /// <summary>Identifier, assigned when added.</summary>
    public long Id { get; internal set; }

    /// <summary>Owner's CRM type.</summary>
    public long OwnerTypeId { get; set; } = CrmEntityType.Deal;

    /// <summary>Owner.</summary>
    public long OwnerId { get; set; }

    /// <summary>Type: 1 meeting, 2 call, 3 task, 4 e-mail, 5 calendar import, 6 provider-managed.</summary>
    public int TypeId { get; set; } = 2;

    /// <summary>Provider for provider-managed activities (<c>REST_APP</c> marks a configurable one).</summary>
    public string? ProviderId { get; set; }

    /// <summary>Subject.</summary>
    public string Subject { get; set; } = string.Empty;

    /// <summary>Description.</summary>
    public string Description { get; set; } = string.Empty;

    /// <summary>Responsible user.</summary>
    public long ResponsibleId { get; set; } = 1;

    /// <summary>Completed.</summary>
    public bool Completed { get; set; }

    /// <summary>Priority: 1 low, 2 medium, 3 high.</summary>
    public int Priority { get; set; } = 2;

    /// <summary>Communications.</summary>
    public List<FakeCommunication> Communications { get; } = [];

    /// <summary>CRM items the activity is linked to (its owner is one of them).</summary>
    public List<FakeBinding> Bindings { get; } = [];
}
