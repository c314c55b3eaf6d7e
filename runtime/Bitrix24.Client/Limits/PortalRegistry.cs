using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.RateLimiting;
using System.Threading.Tasks;

namespace Bitrix24.Client.Limits;

/// <summary>
/// The process-wide state of each portal, shared by every client that calls it: the request-rate bucket (the portal
/// counts per address, not per client), the one-series-at-a-time gate for bulk reads, and per caller the operating
/// accounts and the token-refresh gate. This is the library's only static mutable state.
/// </summary>
/// <remarks>
/// All buckets live in one partitioned limiter: one timer refills every portal's bucket, and a bucket that has been
/// full for a while (its portal drained too) is dropped, so a process serving thousands of portals keeps no timer each.
/// </remarks>
internal static class PortalRegistry
{
    private static readonly ConcurrentDictionary<string, PortalState> Portals = new(StringComparer.OrdinalIgnoreCase);
    private static readonly ConcurrentDictionary<string, TokenBucketRateLimiterOptions> BucketSizes = new(StringComparer.OrdinalIgnoreCase);
    private static readonly PartitionedRateLimiter<string> Buckets = PartitionedRateLimiter.Create<string, string>(
        portal => RateLimitPartition.GetTokenBucketLimiter(portal, key => BucketSizes[key]),
        StringComparer.OrdinalIgnoreCase);

    public static PortalState For(string portalKey) => Portals.GetOrAdd(portalKey, key => new PortalState(key));

    internal sealed class PortalState(string portalKey)
    {
        private readonly ConcurrentDictionary<string, OperatingBudget> _budgets = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, SemaphoreSlim> _refreshGates = new(StringComparer.Ordinal);

        public SemaphoreSlim Series { get; } = new(1, 1);

        public OperatingBudget Budget(string caller) => _budgets.GetOrAdd(caller, _ => new OperatingBudget());

        public SemaphoreSlim RefreshGate(string caller) => _refreshGates.GetOrAdd(caller, _ => new SemaphoreSlim(1, 1));

        /// <summary>Waits for a request's place in the portal's bucket; the first client to ask sets its size (one portal has one plan).</summary>
        public ValueTask<RateLimitLease> AcquireAsync(Bitrix24RateLimitOptions options, CancellationToken cancellationToken)
        {
            BucketSizes.GetOrAdd(portalKey, _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = Math.Max(1, options.Capacity - options.Headroom),
                TokensPerPeriod = 1,
                ReplenishmentPeriod = TimeSpan.FromTicks((long)(TimeSpan.TicksPerSecond / options.DrainPerSecond)),
                AutoReplenishment = true,
                QueueLimit = int.MaxValue,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            });
            return Buckets.AcquireAsync(portalKey, 1, cancellationToken);
        }
    }
}
