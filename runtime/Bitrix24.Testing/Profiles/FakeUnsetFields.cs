namespace Bitrix24.Testing.Profiles;

/// <summary>How unset text and money fields of CRM records are written; unset links (<c>LEAD_ID</c>, <c>COMPANY_ID</c>, ...) are always <c>null</c>.</summary>
public enum FakeUnsetFields
{
    /// <summary><c>null</c>, as real deals answer for <c>COMMENTS</c>, <c>TAX_VALUE</c>, <c>SOURCE_ID</c>, ...</summary>
    Null,

    /// <summary>
    /// A filled-in default (<c>""</c>, <c>"0.00"</c>, <c>SOURCE_ID</c> <c>"CALL"</c> as the portal's own form preselects):
    /// a tidier portal than real ones answer through REST, for contrast.
    /// </summary>
    Filled,
}
