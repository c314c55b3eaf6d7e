using System;
using System.Collections.Concurrent;
using System.Threading;

namespace Bitrix24.Client.Http;

/// <summary>
/// One attempt's deadline joined with the caller's token. On .NET the sources are pooled and the caller's token
/// is joined by a registration only when it can cancel at all, so an ordinary call allocates no token source.
/// </summary>
internal readonly struct AttemptTimeout : IDisposable
{
#if NET
    private static readonly ConcurrentBag<CancellationTokenSource> Pool = [];
#endif

    private readonly CancellationTokenSource _source;
    private readonly CancellationTokenRegistration _link;

    private AttemptTimeout(CancellationTokenSource source, CancellationTokenRegistration link)
    {
        _source = source;
        _link = link;
    }

    public CancellationToken Token => _source.Token;

    public static AttemptTimeout Start(TimeSpan timeout, CancellationToken cancellationToken)
    {
#if NET
        var source = Rent();
        source.CancelAfter(timeout);
        var link = cancellationToken.CanBeCanceled
            ? cancellationToken.UnsafeRegister(static state => ((CancellationTokenSource)state!).Cancel(), source)
            : default;
        return new AttemptTimeout(source, link);
#else
        var source = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        source.CancelAfter(timeout);
        return new AttemptTimeout(source, default);
#endif
    }

#if NET
    private static CancellationTokenSource Rent()
    {
        while (Pool.TryTake(out var pooled))
        {
            // A deadline that fired while it was being reset can come back cancelled: never reuse one.
            if (!pooled.IsCancellationRequested)
            {
                return pooled;
            }

            pooled.Dispose();
        }

        return new CancellationTokenSource();
    }
#endif

    public void Dispose()
    {
        _link.Dispose();
#if NET
        if (_source.TryReset() && !_source.IsCancellationRequested)
        {
            Pool.Add(_source);
            return;
        }
#endif
        _source.Dispose();
    }
}
