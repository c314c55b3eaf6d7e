using System;
using System.Collections.Generic;
using System.Text.Json;

namespace Bitrix24.Testing.Crm;

/// <summary>A deal in the fake portal's CRM.</summary>
public sealed class FakeDeal
{
    /// <summary>Identifier, assigned when added.</summary>
    public long Id { get; internal set; }

    /// <summary>Title.</summary>
    public string Title { get; set; } = string.Empty;

    /// <summary>Type (<c>SALE</c>, <c>COMPLEX</c>, ...).</summary>
    public string TypeId { get; set; } = "SALE";

    /// <summary>Stage.</summary>
    public string StageId { get; set; } = "NEW";

    /// <summary>Funnel.</summary>
    public long CategoryId { get; set; }

    /// <summary>Currency.</summary>
    public string CurrencyId { get; set; } = "USD";

    /// <summary>Amount.</summary>
    public decimal Opportunity { get; set; }

    /// <summary>Probability in percent, if set.</summary>
    public int? Probability { get; set; }

    /// <summary>Linked company.</summary>
    public long? CompanyId { get; set; }

    /// <summary>Linked contact.</summary>
    public long? ContactId { get; set; }

    /// <summary>Start date.</summary>
    public DateTimeOffset? BeginDate { get; set; }

    /// <summary>Expected close date.</summary>
    public DateTimeOffset? CloseDate { get; set; }

    /// <summary>Visible to everyone.</summary>
    public bool Opened { get; set; } = true;

    /// <summary>Closed.</summary>
    public bool Closed { get; set; }

    /// <summary>Comment.</summary>
    public string Comments { get; set; } = string.Empty;

    /// <summary>Responsible user.</summary>
    public long AssignedById { get; set; } = 1;

    /// <summary>Creation time.</summary>
    public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.Now;

    /// <summary>Custom (<c>UF_CRM_*</c>) and relationship (<c>PARENT_ID_*</c>) fields, as raw JSON.</summary>
    public Dictionary<string, JsonElement> CustomFields { get; } = new(StringComparer.Ordinal);
}
