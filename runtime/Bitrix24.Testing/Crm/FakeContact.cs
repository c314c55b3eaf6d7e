using System;
using System.Collections.Generic;
using System.Text.Json;

namespace Bitrix24.Testing.Crm;

/// <summary>
/// A contact in the fake portal's CRM. Nullable members are fields a user may leave unset (null, the default): unset
/// links are written <c>null</c>, unset text as <see cref="FakePortalOptions.UnsetFields"/> says and unset dates as
/// <see cref="FakePortalOptions.EmptyDate"/> says.
/// </summary>
public sealed class FakeContact
{
    /// <summary>Identifier, assigned when added.</summary>
    public long Id { get; internal set; }

    /// <summary>First name.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>Middle name, if set.</summary>
    public string? SecondName { get; set; }

    /// <summary>Last name.</summary>
    public string LastName { get; set; } = string.Empty;

    /// <summary>Salutation (<c>HNR_EN_1</c>, ...), if set.</summary>
    public string? Honorific { get; set; }

    /// <summary>Position, if set.</summary>
    public string? Post { get; set; }

    /// <summary>Contact type (<c>CLIENT</c>, <c>PARTNER</c>, ...).</summary>
    public string TypeId { get; set; } = "CLIENT";

    /// <summary>Source (<c>CALL</c>, <c>WEB</c>, ...), if set.</summary>
    public string? SourceId { get; set; }

    /// <summary>Comment, if set.</summary>
    public string? Comments { get; set; }

    /// <summary>Birth date, if set.</summary>
    public DateTimeOffset? Birthdate { get; set; }

    /// <summary>The main linked company, if any.</summary>
    public long? CompanyId { get; set; }

    /// <summary>The lead the contact was made from, if any.</summary>
    public long? LeadId { get; set; }

    /// <summary>Visible to everyone.</summary>
    public bool Opened { get; set; } = true;

    /// <summary>Included in exports.</summary>
    public bool Export { get; set; } = true;

    /// <summary>Responsible user.</summary>
    public long AssignedById { get; set; } = 1;

    /// <summary>Creation time.</summary>
    public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.Now;

    /// <summary>Phone numbers (<c>PHONE</c>); their ids are assigned when the contact is added.</summary>
    public List<FakeMultifield> Phones { get; } = [];

    /// <summary>E-mail addresses (<c>EMAIL</c>); their ids are assigned when the contact is added.</summary>
    public List<FakeMultifield> Emails { get; } = [];

    /// <summary>Custom (<c>UF_CRM_*</c>) and relationship (<c>PARENT_ID_*</c>) fields, as raw JSON.</summary>
    public Dictionary<string, JsonElement> CustomFields { get; } = new(StringComparer.Ordinal);

    /// <summary>Linked companies, in order.</summary>
    public List<FakeCompanyBinding> Companies { get; } = [];
}
