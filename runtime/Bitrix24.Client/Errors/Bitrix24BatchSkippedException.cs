using System;

namespace Bitrix24.Client.Errors;

/// <summary>A batch command that did not run: the batch halted at an earlier failing command, or the answer held nothing for it.</summary>
public sealed class Bitrix24BatchSkippedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public Bitrix24BatchSkippedException(string method, string key, string reason)
        : base($"{method} (batch command '{key}') did not run: {reason}.")
    {
        Method = method;
        Key = key;
    }

    /// <summary>The command's method.</summary>
    public string Method { get; }

    /// <summary>The command's key in the batch.</summary>
    public string Key { get; }
}
