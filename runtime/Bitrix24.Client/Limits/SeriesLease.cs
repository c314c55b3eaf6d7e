using System;
using System.Threading;

namespace Bitrix24.Client.Limits;

/// <summary>A portal's one running series: disposing it (once, however often called) lets the next series start.</summary>
internal sealed class SeriesLease(SemaphoreSlim series) : IDisposable
{
    private int _released;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0)
        {
            series.Release();
        }
    }
}
