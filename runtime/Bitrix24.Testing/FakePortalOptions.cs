using System;
using Bitrix24.Testing.Profiles;

namespace Bitrix24.Testing;

/// <summary>
/// How the fake portal varies its answers the way real portals do. The defaults are a typical current portal; each
/// property reproduces one variation seen on real portals, so a client can be tested against all of them. Read on
/// every call: a test may change them while the portal runs.
/// </summary>
public sealed class FakePortalOptions
{
    /// <summary>Which keys the <c>time</c> objects carry; <see cref="FakeTimeBlock.Typical"/> by default.</summary>
    public FakeTimeBlock TimeBlock { get; set; } = FakeTimeBlock.Typical;

    /// <summary>How an unset date is written; <see cref="FakeEmptyDate.EmptyString"/> (<c>""</c>) by default.</summary>
    public FakeEmptyDate EmptyDate { get; set; } = FakeEmptyDate.EmptyString;

    /// <summary>How unset text and money fields are written; <see cref="FakeUnsetFields.Null"/> by default.</summary>
    public FakeUnsetFields UnsetFields { get; set; } = FakeUnsetFields.Null;

    /// <summary>
    /// When true, the last non-empty page of a REST 2 list carries <c>next</c> equal to <c>total</c>, and the page at
    /// that <c>start</c> is empty (seen on real lists); when false (the default) the last page has no <c>next</c>.
    /// </summary>
    public bool NextAtTotal { get; set; }

    /// <summary>
    /// The clock the answers' <c>time</c> objects and the operating limit's baskets read; the system clock by default.
    /// A test sets its own <see cref="TimeProvider"/> to move minutes forward without waiting. Durations are measured
    /// with its timestamps.
    /// </summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;
}
