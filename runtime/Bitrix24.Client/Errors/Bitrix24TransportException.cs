using System;

namespace Bitrix24.Client.Errors;

/// <summary>The call did not get an answer: the connection failed or the request timed out. The message never holds the webhook secret.</summary>
public sealed class Bitrix24TransportException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="method">The REST method that was called.</param>
    /// <param name="message">What happened, without secrets.</param>
    /// <param name="isTimeout">The request ran out of time.</param>
    /// <param name="innerException">The underlying failure.</param>
    /// <param name="mayHaveRun">False only when the request provably never reached the portal (the connection was never opened).</param>
    public Bitrix24TransportException(string method, string message, bool isTimeout, Exception? innerException, bool mayHaveRun = true)
        : base(message, innerException)
    {
        Method = method;
        IsTimeout = isTimeout;
        MayHaveRun = mayHaveRun;
    }

    /// <summary>The REST method that was called.</summary>
    public string Method { get; }

    /// <summary>True when the request ran out of time (the cloud allows 60 seconds per request).</summary>
    public bool IsTimeout { get; }

    /// <summary>
    /// False when the request provably never reached the portal, so even a write may be sent again; true when it may
    /// have run (a timeout, a connection lost after sending), so only reads and REST 3.0 calls under an
    /// <c>Idempotency-Key</c> are retried.
    /// </summary>
    public bool MayHaveRun { get; }
}
