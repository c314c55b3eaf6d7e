namespace Bitrix24.Testing.Crm;

/// <summary>A company in the fake portal's CRM.</summary>
public sealed class FakeCompany
{
    /// <summary>Identifier, assigned when added.</summary>
    public long Id { get; internal set; }

    /// <summary>Name.</summary>
    public string Title { get; set; } = string.Empty;
}
