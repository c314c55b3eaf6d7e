using System;

namespace Bitrix24.Client.Errors;

/// <summary>
/// The OAuth application could not get a working access token: the refresh was refused (<c>invalid_grant</c>, a
/// revoked application, a wrong client secret) or no token pair is stored. Never retried; never holds a token or secret.
/// </summary>
public sealed class Bitrix24AuthenticationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public Bitrix24AuthenticationException(string portal, string code, string message, Exception? innerException = null)
        : base($"OAuth for {portal} failed{(code.Length == 0 ? string.Empty : $" with {code}")}: {message}", innerException)
    {
        Portal = portal;
        Code = code;
    }

    /// <summary>The portal's host.</summary>
    public string Portal { get; }

    /// <summary>The authorization server's error code, or the portal's (<c>invalid_token</c>); empty when none.</summary>
    public string Code { get; }
}
