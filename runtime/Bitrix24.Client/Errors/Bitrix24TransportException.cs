using System;

namespace Bitrix24.Client.Errors;

/// <summary>The call did not get an answer: the connection failed or the request timed out. The message never holds the webhook secret.</summary>
public sealed class Bitrix24TransportException : Exception
{
    /// <summary>Creates the exception.</summary>
    public Bitrix24TransportException(string method, string message, bool isTimeout, Exception? innerException)
        : base(message, innerException)
    {
        Method = method;
        IsTimeout = isTimeout;
    }

    /// <summary>The REST method that was called.</summary>
    public string Method { get; }

    /// <summary>True when the request ran out of time (the cloud allows 60 seconds per request).</summary>
    public bool IsTimeout { get; }
}
