using System;

namespace Bitrix24.Client.Limits;

/// <summary>
/// The portal's request-rate limit, a leaky bucket per portal and source address: each request adds 1, the counter
/// drains <see cref="DrainPerSecond"/> per second, and above <see cref="Capacity"/> the portal refuses with
/// <c>QUERY_LIMIT_EXCEEDED</c>. Standard plans: 50 and 2/s; Enterprise: 250 and 5/s.
/// </summary>
public sealed class Bitrix24RateLimitOptions
{
    /// <summary>Throttle calls before sending them (on by default). Off leaves only the back-off after a refusal.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The bucket size X.</summary>
    public int Capacity { get; set; } = 50;

    /// <summary>The drain rate Y, requests per second.</summary>
    public double DrainPerSecond { get; set; } = 2;

    /// <summary>
    /// Requests of the bucket left unused, for calls this process does not see (another process on the same address)
    /// and for network jitter that brings two requests closer together than they were sent.
    /// </summary>
    public int Headroom { get; set; } = 1;

    internal void Validate()
    {
        if (Capacity < 1 || DrainPerSecond <= 0 || Headroom < 0 || double.IsNaN(DrainPerSecond) || double.IsInfinity(DrainPerSecond))
        {
            throw new ArgumentException("The rate limit needs a capacity of at least 1, a positive drain rate and a non-negative headroom.");
        }
    }
}
