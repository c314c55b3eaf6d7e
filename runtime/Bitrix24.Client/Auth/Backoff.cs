using System;

namespace Bitrix24.Client.Auth;

/// <summary>How long to wait after the n-th failure in a row: <c>first · 2^(n-1)</c>, at most <c>max</c>.</summary>
internal readonly struct Backoff(TimeSpan first, TimeSpan max)
{
    public TimeSpan After(int failures)
    {
        var doublings = Math.Min(Math.Max(failures - 1, 0), 30);
        var ticks = first.Ticks * (double)(1L << doublings);
        return ticks >= max.Ticks ? max : TimeSpan.FromTicks((long)ticks);
    }
}
