using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.RateLimiting;
using System.Threading.Tasks;

namespace Bitrix24.Client.Limits;

/// <summary>
/// The process-wide state of each portal, shared by every client that calls it: the request-rate bucket (the portal
/// counts per address, not per client), the one-series-at-a-time gate for bulk reads, and per caller the operating
/// accounts. With the OAuth refresh states (Auth/TokenRefreshState) this is the library's only static mutable state.
/// </summary>
/// <remarks>
/// One timer refills every portal's bucket (a timer per bucket would be thousands in a process serving thousands of
/// portals); each client holds its portal's bucket itself, so a call pays no lookup. The refill is by elapsed time,
/// so the 100 ms tick does not change the drain rate.
/// </remarks>
internal static class PortalRegistry
{
    private static readonly TimeSpan RefillPeriod = TimeSpan.FromMilliseconds(100);
    private static readonly ConcurrentDictionary<string, PortalState> Portals = new(StringComparer.OrdinalIgnoreCase);
    private static readonly Timer Refill = new(static _ => RefillAll(), null, RefillPeriod, RefillPeriod);

    public static PortalState For(string portalKey) => Portals.GetOrAdd(portalKey, _ => new PortalState());

    private static void RefillAll()
    {
        foreach (var portal in Portals.Values)
        {
            portal.Refill();
        }
    }

    internal sealed class PortalState
    {
        private readonly ConcurrentDictionary<string, OperatingBudget> _budgets = new(StringComparer.Ordinal);
        private readonly object _bucketGate = new();
        private readonly SemaphoreSlim _series = new(1, 1);
        private TokenBucketRateLimiter? _bucket;

        /// <summary>Waits until no other series runs against the portal; dispose the lease to end this one.</summary>
        public async Task<IDisposable> EnterSeriesAsync(CancellationToken cancellationToken)
        {
            await _series.WaitAsync(cancellationToken).ConfigureAwait(false);
            return new SeriesLease(_series);
        }

        public OperatingBudget Budget(string caller) => _budgets.GetOrAdd(caller, _ => new OperatingBudget());

        /// <summary>The portal's bucket; the first client to ask sets its size (one portal has one plan).</summary>
        public RateLimiter Bucket(Bitrix24RateLimitOptions options)
        {
            lock (_bucketGate)
            {
                return _bucket ??= new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
                {
                    TokenLimit = Math.Max(1, options.Capacity - options.Headroom),
                    TokensPerPeriod = 1,
                    ReplenishmentPeriod = TimeSpan.FromTicks((long)(TimeSpan.TicksPerSecond / options.DrainPerSecond)),
                    AutoReplenishment = false,
                    QueueLimit = int.MaxValue,
                    QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                });
            }
        }

        public void Refill() => Volatile.Read(ref _bucket)?.TryReplenish();
    }
}
