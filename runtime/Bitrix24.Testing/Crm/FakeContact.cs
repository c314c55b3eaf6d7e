using System.Collections.Generic;

namespace Bitrix24.Testing.Crm;

/// <summary>A contact in the fake portal's CRM.</summary>
public sealed class FakeContact
{
    /// <summary>Identifier, assigned when added.</summary>
    public long Id { get; internal set; }

    /// <summary>First name.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>Last name.</summary>
    public string LastName { get; set; } = string.Empty;

    /// <summary>Linked companies, in order.</summary>
    public List<FakeCompanyBinding> Companies { get; } = [];
}
