namespace Bitrix24.Testing.Crm;

/// <summary>A communication of an activity: who it is with and how (phone, e-mail).</summary>
/// <param name="Type">PHONE, EMAIL, ...</param>
/// <param name="Value">The number or address.</param>
/// <param name="EntityTypeId">CRM type of the counterpart.</param>
/// <param name="EntityId">The counterpart.</param>
public sealed record FakeCommunication(string Type, string Value, long EntityTypeId, long EntityId);
