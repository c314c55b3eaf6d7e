namespace Bitrix24.Testing.Profiles;

/// <summary>
/// Which keys the answers' <c>time</c> objects carry, as different portals and answer kinds do. The answer's own
/// <c>time</c> (REST 2, REST 3.0 and a batch's) has <c>start</c>, <c>finish</c> (seconds with microseconds),
/// <c>duration</c>, <c>processing</c>, <c>date_start</c> and <c>date_finish</c> in every profile; the profiles differ
/// in the two <c>operating</c> keys and in a REST 2 batch's <c>result_time</c> entries.
/// </summary>
public enum FakeTimeBlock
{
    /// <summary>
    /// A current portal: the answer's <c>time</c> has all eight keys; a batch's <c>result_time</c> entries have no
    /// <c>operating</c> keys and whole-second (integer) <c>start</c> and <c>finish</c>.
    /// </summary>
    Typical,

    /// <summary>Every <c>time</c> object, batch entries included, has all eight keys with fractional seconds.</summary>
    Full,

    /// <summary>
    /// As <see cref="Typical"/> without <c>operating_reset_at</c> anywhere: the answer's <c>time</c> still has
    /// <c>operating</c>, batch entries have neither key.
    /// </summary>
    WithoutOperatingResetAt,

    /// <summary>An older portal: as <see cref="Typical"/> with neither <c>operating</c> nor <c>operating_reset_at</c> anywhere.</summary>
    WithoutOperating,
}
