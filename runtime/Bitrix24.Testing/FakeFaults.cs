using System;
using System.Collections.Generic;
using Bitrix24.Testing.Protocol;

namespace Bitrix24.Testing;

/// <summary>
/// Injected answers and faults: one-shot ones for the next call of a method (for <c>batch</c> calls the method is
/// <c>batch</c>), and a fault for every n-th HTTP request. Errors the fake cannot reach by behaviour
/// (<c>Application context required</c>), broken answers (HTML error pages, truncated JSON) and broken connections.
/// </summary>
public sealed class FakeFaults
{
    private readonly object _gate = new();
    private readonly Dictionary<string, Queue<Injection>> _queues = new(StringComparer.OrdinalIgnoreCase);
    private (int Every, FakeFault Fault)? _periodic;
    private long _requests;

    /// <summary>How the list methods page wrongly, until set back to <see cref="FakeListFault.None"/> (the default).</summary>
    public FakeListFault ListFault { get; set; }

    /// <summary>How long <see cref="FakeFault.SlowResponse"/> holds the answer back; 5 seconds by default.</summary>
    public TimeSpan SlowDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The next call of <paramref name="method"/> answers with this error.</summary>
    public void InjectError(string method, RestError error)
        => Enqueue(method, new Injection(new FakeAnswer(error.Status, Envelope.JsonContentType, null, error), null));

    /// <summary>The next call of <paramref name="method"/> answers with this raw body.</summary>
    public void InjectRaw(string method, int status, string contentType, string body)
        => Enqueue(method, new Injection(new FakeAnswer(status, contentType, body, null), null));

    /// <summary>The next call of <paramref name="method"/> suffers <paramref name="fault"/>.</summary>
    public void Inject(string method, FakeFault fault) => Enqueue(method, new Injection(null, fault));

    /// <summary>Every <paramref name="n"/>-th HTTP request to <c>/rest/</c> from now on suffers <paramref name="fault"/>; null stops it.</summary>
    public void EveryNthRequest(int n, FakeFault? fault)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(n);
        lock (_gate)
        {
            _periodic = fault is { } chosen ? (n, chosen) : null;
            _requests = 0;
        }
    }

    /// <summary>Stops <see cref="EveryNthRequest"/>.</summary>
    public void Stop()
    {
        lock (_gate)
        {
            _periodic = null;
        }
    }

    /// <summary>Counts one HTTP request and returns the periodic fault when it is this request's turn.</summary>
    internal FakeFault? TakePeriodic()
    {
        lock (_gate)
        {
            if (_periodic is not { } periodic)
            {
                return null;
            }

            return ++_requests % periodic.Every == 0 ? periodic.Fault : null;
        }
    }

    internal Injection? Take(string method)
    {
        lock (_gate)
        {
            return _queues.TryGetValue(method, out var queue) && queue.Count > 0 ? queue.Dequeue() : null;
        }
    }

    private void Enqueue(string method, Injection injection)
    {
        lock (_gate)
        {
            if (!_queues.TryGetValue(method, out var queue))
            {
                _queues[method] = queue = new Queue<Injection>();
            }

            queue.Enqueue(injection);
        }
    }
}
