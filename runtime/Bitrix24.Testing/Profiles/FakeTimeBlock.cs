namespace Bitrix24.Testing.Profiles;

/// <summary>Which keys the answers' <c>time</c> objects carry, as different portals and answer kinds do.</summary>
public enum FakeTimeBlock
{
    /// <summary>
    /// A current portal: the answer's <c>time</c> has all eight keys; a batch's <c>result_time</c> entries have no
    /// <c>operating</c> keys and an integer <c>start</c>.
    /// </summary>
    Typical,

    /// <summary>Every <c>time</c> object, batch entries included, has all eight keys with fractional seconds.</summary>
    Full,

    /// <summary>No <c>operating_reset_at</c> anywhere; <c>operating</c> is still written where <see cref="Typical"/> writes it.</summary>
    WithoutOperatingResetAt,

    /// <summary>An older portal: neither <c>operating</c> nor <c>operating_reset_at</c> anywhere.</summary>
    WithoutOperating,
}
