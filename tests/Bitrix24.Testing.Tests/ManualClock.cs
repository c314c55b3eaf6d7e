using System;

namespace Bitrix24.Testing.Tests;

/// <summary>A clock that stands still until a test moves it; timestamps (durations) stay real.</summary>
internal sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
