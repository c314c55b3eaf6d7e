using System;
using System.Threading;

namespace Bitrix24.Client.Telemetry;

/// <summary>Running totals of one client: what it sent, retried, refreshed and waited. Thread-safe.</summary>
public sealed class Bitrix24ClientStatistics
{
    private long _requests;
    private long _retries;
    private long _tokenRefreshes;
    private long _throttleTicks;
    private long _limitRefusals;

    /// <summary>HTTP requests sent to the portal (attempts, including retries; a batch is one).</summary>
    public long Requests => Interlocked.Read(ref _requests);

    /// <summary>Attempts that were retries.</summary>
    public long Retries => Interlocked.Read(ref _retries);

    /// <summary>OAuth refreshes this client ran.</summary>
    public long TokenRefreshes => Interlocked.Read(ref _tokenRefreshes);

    /// <summary>Answers that were <c>QUERY_LIMIT_EXCEEDED</c> or <c>OPERATION_TIME_LIMIT</c>.</summary>
    public long LimitRefusals => Interlocked.Read(ref _limitRefusals);

    /// <summary>Total time calls waited for the rate and operating limits.</summary>
    public TimeSpan ThrottleWait => TimeSpan.FromTicks(Interlocked.Read(ref _throttleTicks));

    internal void Request() => Interlocked.Increment(ref _requests);

    internal void Retry() => Interlocked.Increment(ref _retries);

    internal void TokenRefresh() => Interlocked.Increment(ref _tokenRefreshes);

    internal void LimitRefusal() => Interlocked.Increment(ref _limitRefusals);

    internal void Waited(TimeSpan wait) => Interlocked.Add(ref _throttleTicks, wait.Ticks);
}
