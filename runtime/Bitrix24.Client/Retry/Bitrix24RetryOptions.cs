using System;

namespace Bitrix24.Client.Retry;

/// <summary>
/// Retries of transient faults. Reads are retried; writes only when the request provably did not run (a limit
/// refusal, a connection that never opened) or, on REST 3.0, under an <c>Idempotency-Key</c>.
/// </summary>
public sealed class Bitrix24RetryOptions
{
    /// <summary>Retries after the first attempt; 0 turns retrying off.</summary>
    public int MaxRetries { get; set; } = 4;

    /// <summary>The first back-off; it doubles per retry, with jitter.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The longest back-off.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);
}
