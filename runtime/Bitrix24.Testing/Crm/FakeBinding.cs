namespace Bitrix24.Testing.Crm;

/// <summary>An activity's link to a CRM item.</summary>
/// <param name="EntityTypeId">CRM object type (<see cref="CrmEntityType"/>).</param>
/// <param name="EntityId">The item.</param>
public sealed record FakeBinding(long EntityTypeId, long EntityId);
