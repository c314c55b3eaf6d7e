using System.Threading;

namespace Bitrix24.Testing.Limits;

/// <summary>The portal's limits. Both are off by default; set them to enforce them.</summary>
public sealed class FakeLimits
{
    private long _rejectedRequests;

    /// <summary>The request-rate limit (leaky bucket), or null for none.</summary>
    public FakeRequestRate? RequestRate { get; set; }

    /// <summary>The per-method operating limit, or null for none (<c>time.operating</c> is then always 0).</summary>
    public FakeOperatingLimit? Operating { get; set; }

    /// <summary>How many requests the request-rate limit refused with 503.</summary>
    public long RejectedRequests => Interlocked.Read(ref _rejectedRequests);

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
