using System;
using System.Collections.Concurrent;
using Bitrix24.Client.Transport;

namespace Bitrix24.Client.Limits;

/// <summary>
/// One caller's operating-time accounts, per method, from the <c>time</c> of every answer (each batch command
/// counts for its own method). Says how long a method's next call should wait: nothing while the method is well
/// under budget, more the closer it gets, and until <c>operating_reset_at</c> once it is over or was refused.
/// </summary>
/// <remarks>
/// The portal's numbers are trusted only as far as they can be true. A basket is released ten minutes after its first
/// call, so no reset is further away than <see cref="Window"/>: a later one (a hostile answer, a clock far apart) is
/// taken as ten minutes from now. An <c>operating</c> that is not a finite, non-negative number is ignored; any other
/// value only says how close the method is to its budget, so its effect is bounded by the same ten minutes.
/// </remarks>
internal sealed class OperatingBudget
{
    /// <summary>The operating limit's window: ten one-minute baskets. No pause the portal causes lasts longer.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    // A basket is one minute: without a reset time, a refused method waits that long.
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
            return TimeSpan.FromTicks((long)(Min(reset - at, Window).Ticks * share));
        }
    }

    public void Record(string method, ResponseTime? time)
    {
        var operating = time?.Operating is { } seconds && !double.IsNaN(seconds) && !double.IsInfinity(seconds) && seconds >= 0 ? seconds : (double?)null;
        if (operating is null && time?.OperatingResetAt is null)
        {
            return;
        }

        var account = _accounts.GetOrAdd(method, _ => new Account());
        lock (account)
        {
            account.Operating = operating ?? account.Operating;
            account.ResetAt = time!.OperatingResetAt ?? account.ResetAt;
        }
    }

    /// <summary>
    /// The portal refused the method with <c>OPERATION_TIME_LIMIT</c>: hold its calls until the refusal's own
    /// <c>operating_reset_at</c> when it carries one, else the last known reset, else one basket; never longer than <see cref="Window"/>.
    /// </summary>
    /// <returns>How long the method is held.</returns>
    public TimeSpan Pause(string method, DateTimeOffset now, DateTimeOffset? refusalReset = null)
    {
        var account = _accounts.GetOrAdd(method, _ => new Account());
        lock (account)
        {
            account.ResetAt = refusalReset ?? account.ResetAt;
            var hold = account.ResetAt is { } reset && reset > now ? Min(reset - now + ResetMargin, Window) : UnknownReset;
            account.PausedUntil = now + hold;
            return hold;
        }
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private sealed class Account
    {
        public double? Operating { get; set; }

        public DateTimeOffset? ResetAt { get; set; }

        public DateTimeOffset? PausedUntil { get; set; }
    }
}
