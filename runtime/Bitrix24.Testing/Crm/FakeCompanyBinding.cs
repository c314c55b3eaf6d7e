namespace Bitrix24.Testing.Crm;

/// <summary>A contact's link to a company.</summary>
/// <param name="CompanyId">The company.</param>
/// <param name="Sort">Sort index.</param>
/// <param name="IsPrimary">Whether this is the contact's primary company.</param>
public sealed record FakeCompanyBinding(long CompanyId, int Sort, bool IsPrimary);
