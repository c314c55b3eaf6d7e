using System;
using System.Collections.Generic;
using System.Text.Json;

namespace Bitrix24.Testing.Crm;

/// <summary>
/// A deal in the fake portal's CRM. Nullable members are fields a user may leave unset (null, the default): unset
/// links are written <c>null</c>, unset text and amounts as <see cref="FakePortalOptions.UnsetFields"/> says and unset
/// dates as <see cref="FakePortalOptions.EmptyDate"/> says.
/// </summary>
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

    /// <summary>Tax amount, if set.</summary>
    public decimal? TaxValue { get; set; }

    /// <summary>Probability in percent, if set.</summary>
    public int? Probability { get; set; }

    /// <summary>The lead the deal was made from, if any.</summary>
    public long? LeadId { get; set; }

    /// <summary>The estimate the deal was made from, if any.</summary>
    public long? QuoteId { get; set; }

    /// <summary>Linked company.</summary>
    public long? CompanyId { get; set; }

    /// <summary>Linked contact.</summary>
    public long? ContactId { get; set; }

    /// <summary>Start date, if set.</summary>
    public DateTimeOffset? BeginDate { get; set; }

    /// <summary>Expected close date, if set.</summary>
    public DateTimeOffset? CloseDate { get; set; }

    /// <summary>Visible to everyone.</summary>
    public bool Opened { get; set; } = true;

    /// <summary>Closed.</summary>
    public bool Closed { get; set; }

    /// <summary>Comment, if set.</summary>
    public string? Comments { get; set; }

    /// <summary>Additional information, if set.</summary>
    public string? AdditionalInfo { get; set; }

    /// <summary>Source (<c>CALL</c>, <c>WEB</c>, ...), if set.</summary>
    public string? SourceId { get; set; }

    /// <summary>Additional information about the source, if set.</summary>
    public string? SourceDescription { get; set; }

    /// <summary>External system the deal came from, if any.</summary>
    public string? OriginatorId { get; set; }

    /// <summary>The deal's id in that external system, if any.</summary>
    public string? OriginId { get; set; }

    /// <summary>Responsible user.</summary>
    public long AssignedById { get; set; } = 1;

    /// <summary>Creation time.</summary>
    public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.Now;

    /// <summary>Custom (<c>UF_CRM_*</c>) and relationship (<c>PARENT_ID_*</c>) fields, as raw JSON.</summary>
    public Dictionary<string, JsonElement> CustomFields { get; } = new(StringComparer.Ordinal);
}
