using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Bitrix24.Client.Auth;

namespace Bitrix24.EndToEnd.Tests;

/// <summary>An in-memory store whose saves fail (a full disk) as many times as it is told, then work again.</summary>
internal sealed class FlakyTokenStore : IBitrix24TokenStore
{
    private readonly InMemoryTokenStore _inner = new();
    private int _failuresLeft;
    private int _failedSaves;

    public int FailedSaves => Volatile.Read(ref _failedSaves);

    public void FailNextSaves(int count) => Volatile.Write(ref _failuresLeft, count);

    public ValueTask<Bitrix24Tokens?> LoadAsync(string portal, CancellationToken cancellationToken) => _inner.LoadAsync(portal, cancellationToken);

    public ValueTask SaveAsync(string portal, Bitrix24Tokens tokens, CancellationToken cancellationToken)
    {
        if (Interlocked.Decrement(ref _failuresLeft) >= 0)
        {
            Interlocked.Increment(ref _failedSaves);
            throw new IOException("No space left on device");
        }

        return _inner.SaveAsync(portal, tokens, cancellationToken);
    }
}
