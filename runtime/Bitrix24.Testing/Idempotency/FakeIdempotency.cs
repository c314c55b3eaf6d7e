using System;
using System.Collections.Generic;
using System.Threading;

namespace Bitrix24.Testing.Idempotency;

/// <summary>
/// REST 3.0 <c>Idempotency-Key</c> bookkeeping: successful answers of write methods stored for 24 hours per
/// (user or application, method, key), and the requests with one key that are in flight at the same time.
/// </summary>
public sealed class FakeIdempotency
{
    private static readonly TimeSpan Retention = TimeSpan.FromHours(24);

    private readonly object _gate = new();
    private readonly Dictionary<(string Scope, string Method, string Key), StoredAnswer> _answers = [];
    private readonly Dictionary<(string Scope, string Method, string Key), int> _inFlight = [];
    private long _concurrentUses;

    /// <summary>
    /// How many times a request arrived while another with the same user or application, method and key was still
    /// being processed. The portal may run both; a careful client never lets it happen.
    /// </summary>
    public long ConcurrentUses => Interlocked.Read(ref _concurrentUses);

    /// <summary>Whether a header value is a valid key: 1 to 255 printable ASCII characters.</summary>
    internal static bool IsValid(string key)
        => key.Length is > 0 and <= 255 && key.AsSpan().IndexOfAnyExceptInRange((char)0x20, (char)0x7E) < 0;

    /// <summary>The stored answer for the key, if it is still fresh.</summary>
    internal StoredAnswer? Find(string scope, string method, string key)
    {
        lock (_gate)
        {
            if (!_answers.TryGetValue((scope, method, key), out var stored))
            {
                return null;
            }

            if (stored.StoredAt + Retention > DateTimeOffset.UtcNow)
            {
                return stored;
            }

            _answers.Remove((scope, method, key));
            return null;
        }
    }

    /// <summary>Marks a request with the key as in flight, from its arrival until its answer is sent, until the returned scope is disposed.</summary>
    internal IDisposable Enter(string scope, string method, string key)
    {
        var slot = (scope, method, key);
        lock (_gate)
        {
            var running = _inFlight.GetValueOrDefault(slot);
            if (running > 0)
            {
                Interlocked.Increment(ref _concurrentUses);
            }

            _inFlight[slot] = running + 1;
        }

        return new Exit(this, slot);
    }

    internal void Store(string scope, string method, string key, StoredAnswer answer)
    {
        lock (_gate)
        {
            _answers[(scope, method, key)] = answer;
        }
    }

    private void Leave((string, string, string) slot)
    {
        lock (_gate)
        {
            if (--_inFlight[slot] == 0)
            {
                _inFlight.Remove(slot);
            }
        }
    }

    private sealed class Exit(FakeIdempotency owner, (string, string, string) slot) : IDisposable
    {
        public void Dispose() => owner.Leave(slot);
    }
}
