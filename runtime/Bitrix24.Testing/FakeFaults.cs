using System;
using System.Collections.Generic;
using Bitrix24.Testing.Protocol;

namespace Bitrix24.Testing;

/// <summary>
/// One-shot answers injected into the next call of a method, for errors the fake cannot reach by behaviour
/// (<c>Application context required</c>) and for broken answers (HTML error pages, truncated JSON).
/// </summary>
public sealed class FakeFaults
{
    private readonly object _gate = new();
    private readonly Dictionary<string, Queue<FakeAnswer>> _queues = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The next call of <paramref name="method"/> answers with this error.</summary>
    public void InjectError(string method, RestError error)
        => Enqueue(method, new FakeAnswer(error.Status, "application/json; charset=utf-8", null, error));

    /// <summary>The next call of <paramref name="method"/> answers with this raw body.</summary>
    public void InjectRaw(string method, int status, string contentType, string body)
        => Enqueue(method, new FakeAnswer(status, contentType, body, null));

    internal FakeAnswer? Take(string method)
    {
        lock (_gate)
        {
            return _queues.TryGetValue(method, out var queue) && queue.Count > 0 ? queue.Dequeue() : null;
        }
    }

    private void Enqueue(string method, FakeAnswer answer)
    {
        lock (_gate)
        {
            if (!_queues.TryGetValue(method, out var queue))
            {
                _queues[method] = queue = new Queue<FakeAnswer>();
            }

            queue.Enqueue(answer);
        }
    }
}
