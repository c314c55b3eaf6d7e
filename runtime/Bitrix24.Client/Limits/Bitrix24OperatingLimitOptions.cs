using System;

namespace Bitrix24.Client.Limits;

/// <summary>
/// The operating limit: each method's accumulated execution time per application or webhook over ten one-minute
/// baskets. The portal reports the running total (<c>time.operating</c>) and when the oldest basket is released
/// (<c>operating_reset_at</c>) but never the limit itself, so the budget is configurable.
/// </summary>
public sealed class Bitrix24OperatingLimitOptions
{
    /// <summary>Slow down and pause methods that approach the budget (on by default).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The budget per method, in seconds of execution time (the documentation's example: 480).</summary>
    public double BudgetSeconds { get; set; } = 480;

    /// <summary>From this share of the budget on, calls of the method are spaced out, more the closer it gets.</summary>
    public double SlowDownFrom { get; set; } = 0.8;

    /// <summary>The longest a call waits for its method to be released before failing with <c>OPERATION_TIME_LIMIT</c>.</summary>
    public TimeSpan MaxPause { get; set; } = TimeSpan.FromMinutes(10);
}
