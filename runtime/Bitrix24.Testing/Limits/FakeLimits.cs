using System.Threading;

namespace Bitrix24.Testing.Limits;

/// <summary>The portal's limits. Both are off by default; set them to enforce them.</summary>
public sealed class FakeLimits
{
    private readonly FakeOperatingLimit _measured = FakeOperatingLimit.Unlimited();
    private long _rejectedRequests;

    /// <summary>The request-rate limit (leaky bucket), or null for none.</summary>
    public FakeRequestRate? RequestRate { get; set; }

    /// <summary>
    /// The per-method operating limit, or null for none: then <c>time.operating</c> still reports each method's
    /// measured running time over ten one-minute baskets, and <c>operating_reset_at</c> when its oldest expires,
    /// but no call is refused.
    /// </summary>
    public FakeOperatingLimit? Operating { get; set; }

    /// <summary>How many requests the request-rate limit refused with 503.</summary>
    public long RejectedRequests => Interlocked.Read(ref _rejectedRequests);

    /// <summary>The ledger calls are charged to now: the configured limit, else the one that only measures.</summary>
    internal FakeOperatingLimit Ledger => Operating ?? _measured;

    internal bool TryAdmitRequest()
    {
        if (RequestRate is not { } rate || rate.TryAdmit())
        {
            return true;
        }

        Interlocked.Increment(ref _rejectedRequests);
        return false;
    }
}
