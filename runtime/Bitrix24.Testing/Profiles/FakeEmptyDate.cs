namespace Bitrix24.Testing.Profiles;

/// <summary>How an unset date or date-time field is written.</summary>
public enum FakeEmptyDate
{
    /// <summary><c>""</c>, as real leads and contacts answer.</summary>
    EmptyString,

    /// <summary><c>null</c>.</summary>
    Null,
}
