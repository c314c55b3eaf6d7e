using System;
using System.Collections.Concurrent;
using Bitrix24.Client.Transport;

namespace Bitrix24.Client.Limits;

/// <summary>
/// One caller's operating-time accounts, per method, from the <c>time</c> of every answer (each batch command
/// counts for its own method). Says how long a method's next call should wait: nothing while the method is well
/// under budget, more the closer it gets, and until <c>operating_reset_at</c> once it is over or was refused.
/// </summary>
internal sealed class OperatingBudget
{
    // A basket is one minute: without a reset time from an earlier answer, a refused method waits that long.
    private static readonly TimeSpan UnknownReset = TimeSpan.FromMinutes(1);

    // operating_reset_at comes in whole seconds and timers may fire a little early: wait a moment past it.
    private static readonly TimeSpan ResetMargin = TimeSpan.FromSeconds(1);

    private readonly ConcurrentDictionary<string, Account> _accounts = new(StringComparer.OrdinalIgnoreCase);

    public TimeSpan DelayFor(string method, Bitrix24OperatingLimitOptions options, DateTimeOffset? now = null)
    {
        if (!options.Enabled || !_accounts.TryGetValue(method, out var account))
        {
            return TimeSpan.Zero;
        }

        var from = options.SlowDownFrom * options.BudgetSeconds;
        lock (account)
        {
            // The usual case — not paused, well under budget — needs no clock.
            if (account.PausedUntil is null && (account.Operating ?? 0) < from)
            {
                return TimeSpan.Zero;
            }

            var at = now ?? DateTimeOffset.UtcNow;
            if (account.PausedUntil is { } paused)
            {
                if (paused > at)
                {
                    return paused - at;
                }

                account.PausedUntil = null;
            }

            if (account.Operating is not { } operating || account.ResetAt is not { } reset || reset <= at || operating < from)
            {
                return TimeSpan.Zero;
            }

            var share = Math.Min(1, (operating - from) / Math.Max(1e-9, options.BudgetSeconds - from));
            return TimeSpan.FromTicks((long)((reset - at).Ticks * share));
        }
    }

    public void Record(string method, ResponseTime? time)
    {
        if (time?.Operating is null && time?.OperatingResetAt is null)
        {
            return;
        }

        var account = _accounts.GetOrAdd(method, _ => new Account());
        lock (account)
        {
            account.Operating = time.Operating ?? account.Operating;
            account.ResetAt = time.OperatingResetAt ?? account.ResetAt;
        }
    }

    /// <summary>The portal refused the method with <c>OPERATION_TIME_LIMIT</c>: hold its calls until the last known reset.</summary>
    public TimeSpan Pause(string method, DateTimeOffset now)
    {
        var account = _accounts.GetOrAdd(method, _ => new Account());
        lock (account)
        {
            var until = account.ResetAt is { } reset && reset > now ? reset + ResetMargin : now + UnknownReset;
            account.PausedUntil = until;
            return until - now;
        }
    }

    private sealed class Account
    {
        public double? Operating { get; set; }

        public DateTimeOffset? ResetAt { get; set; }

        public DateTimeOffset? PausedUntil { get; set; }
    }
}
