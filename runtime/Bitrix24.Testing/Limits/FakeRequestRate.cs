using System;
using System.Diagnostics;

namespace Bitrix24.Testing.Limits;

/// <summary>
/// The request-rate limit as a leaky bucket: every HTTP request adds one to a counter that drains continuously at
/// <see cref="DrainPerSecond"/>; a request that would take the counter above <see cref="Capacity"/> is refused with
/// <c>503 QUERY_LIMIT_EXCEEDED</c>, is not executed and does not count.
/// </summary>
public sealed class FakeRequestRate
{
    private readonly object _gate = new();
    private double _level;
    private long _drainedAt = Stopwatch.GetTimestamp();

    /// <summary>A bucket of <paramref name="capacity"/> requests draining at <paramref name="drainPerSecond"/>.</summary>
    public FakeRequestRate(int capacity, double drainPerSecond)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        ArgumentOutOfRangeException.ThrowIfNegative(drainPerSecond);
        Capacity = capacity;
        DrainPerSecond = drainPerSecond;
    }

    /// <summary>The most requests the bucket holds (X in the documentation; 50 on standard plans).</summary>
    public int Capacity { get; }

    /// <summary>Requests drained per second (Y in the documentation; 2 on standard plans).</summary>
    public double DrainPerSecond { get; }

    internal bool TryAdmit()
    {
        lock (_gate)
        {
            var now = Stopwatch.GetTimestamp();
            _level = Math.Max(0, _level - (Stopwatch.GetElapsedTime(_drainedAt, now).TotalSeconds * DrainPerSecond));
            _drainedAt = now;
            if (_level + 1 > Capacity)
            {
                return false;
            }

            _level += 1;
            return true;
        }
    }
}
