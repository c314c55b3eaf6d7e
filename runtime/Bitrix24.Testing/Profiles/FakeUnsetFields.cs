namespace Bitrix24.Testing.Profiles;

/// <summary>How unset text, money and reference fields of CRM records are written.</summary>
public enum FakeUnsetFields
{
    /// <summary><c>null</c>, as real deals answer for <c>COMMENTS</c>, <c>TAX_VALUE</c>, <c>SOURCE_ID</c>, ...</summary>
    Null,

    /// <summary>A filled-in default (<c>""</c>, <c>"0.00"</c>): a tidier portal than real ones, for contrast.</summary>
    Filled,
}
