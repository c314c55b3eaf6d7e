using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.ExceptionServices;
using System.Threading;

namespace Bitrix24.Client.Auth;

/// <summary>
/// The process-wide OAuth state of one application on one portal, shared by all its clients (a multi-tenant
/// application creates them per request): one refresh at a time, the last failed refresh until its back-off ends, and
/// the rotated pairs that their stores could not save yet (one per store: clients with their own stores may hold
/// different users' pairs). Process-wide like the portal's limits, so a client created a
/// moment later neither asks the failing token endpoint again nor starts from the stale stored pair.
/// </summary>
internal sealed class TokenRefreshState
{
    private static readonly ConcurrentDictionary<(string Portal, string Caller), TokenRefreshState> States = new();

    private FailedRefresh? _failure;
    private int _failures;
    private Unsaved[] _unsaved = [];

    /// <summary>Held while a client refreshes, adopts a newer pair or saves one.</summary>
    public SemaphoreSlim Gate { get; } = new(1, 1);

    public static TokenRefreshState For(string portal, string caller) => States.GetOrAdd((portal, caller), _ => new TokenRefreshState());

    /// <summary>
    /// Rethrows the failure of the last refresh that used <paramref name="refreshToken"/> while its back-off lasts: the
    /// callers that waited on that refresh, and those that come until the pause ends, share its one request.
    /// </summary>
    public void ThrowIfBackingOff(string refreshToken)
    {
        if (_failure is { } failure && failure.RefreshToken == refreshToken && Stopwatch.GetTimestamp() < failure.RetryAt)
        {
            failure.Error.Throw();
        }
    }

    public TimeSpan RefreshFailed(string refreshToken, Exception error, Backoff backoff)
    {
        var pause = backoff.After(++_failures);
        _failure = new FailedRefresh(refreshToken, ExceptionDispatchInfo.Capture(error), Stopwatch.GetTimestamp() + Ticks(pause));
        return pause;
    }

    public void RefreshSucceeded()
    {
        _failure = null;
        _failures = 0;
    }

    /// <summary>The newest pair of <paramref name="store"/> that it has not saved yet, or null.</summary>
    public Bitrix24Tokens? UnsavedPair(IBitrix24TokenStore store) => Find(store)?.Tokens;

    /// <summary>True when <paramref name="store"/> holds back a pair and its next save attempt is due; cheap enough for every call.</summary>
    public bool SaveDue(IBitrix24TokenStore store)
        => Volatile.Read(ref _unsaved).Length > 0 && Find(store) is { } unsaved && Stopwatch.GetTimestamp() >= unsaved.RetryAt;

    /// <summary>Marks <paramref name="tokens"/> as the newest pair of <paramref name="store"/>, not saved yet: it wins over anything the store holds. Call under the gate.</summary>
    public void Rotated(IBitrix24TokenStore store, Bitrix24Tokens tokens) => Replace(store, new Unsaved(store, tokens, 0, 0));

    /// <summary>The save of <paramref name="store"/>'s pair failed (again): the next attempt after the back-off. Returns the failures in a row and the pause. Call under the gate.</summary>
    public (int Failures, TimeSpan Pause) SaveFailed(IBitrix24TokenStore store, Backoff backoff)
    {
        var unsaved = Find(store);
        var failures = (unsaved?.Failures ?? 0) + 1;
        var pause = backoff.After(failures);
        if (unsaved is not null)
        {
            Replace(store, unsaved with { Failures = failures, RetryAt = Stopwatch.GetTimestamp() + Ticks(pause) });
        }

        return (failures, pause);
    }

    /// <summary><paramref name="store"/> holds <paramref name="tokens"/> now. Call under the gate.</summary>
    public void Saved(IBitrix24TokenStore store, Bitrix24Tokens tokens)
    {
        if (Find(store) is { } unsaved && ReferenceEquals(unsaved.Tokens, tokens))
        {
            Replace(store, null);
        }
    }

    private Unsaved? Find(IBitrix24TokenStore store)
    {
        foreach (var unsaved in Volatile.Read(ref _unsaved))
        {
            if (ReferenceEquals(unsaved.Store, store))
            {
                return unsaved;
            }
        }

        return null;
    }

    // Copy on write (under the gate), so calls read the list without a lock; it is empty but for a failing store.
    private void Replace(IBitrix24TokenStore store, Unsaved? replacement)
    {
        var others = Array.FindAll(_unsaved, unsaved => !ReferenceEquals(unsaved.Store, store));
        Volatile.Write(ref _unsaved, replacement is null ? others : [.. others, replacement]);
    }

    private static long Ticks(TimeSpan pause) => (long)(pause.TotalSeconds * Stopwatch.Frequency);

    private sealed record FailedRefresh(string RefreshToken, ExceptionDispatchInfo Error, long RetryAt);

    private sealed record Unsaved(IBitrix24TokenStore Store, Bitrix24Tokens Tokens, int Failures, long RetryAt);
}
