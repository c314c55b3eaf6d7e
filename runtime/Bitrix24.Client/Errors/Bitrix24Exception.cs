using System;

namespace Bitrix24.Client.Errors;

/// <summary>
/// The portal answered a call with an error. Carries the raw code, the message, the HTTP status, the raw body
/// and the system error it maps to. Never contains the webhook secret or a token.
/// </summary>
public class Bitrix24Exception : Exception
{
    /// <summary>Creates the exception from the portal's error answer.</summary>
    public Bitrix24Exception(Bitrix24ErrorInfo error)
        : base(Describe(error))
    {
        Error = error;
        SystemError = Bitrix24SystemErrors.Parse(error.Code);
    }

    /// <summary>The error answer as the portal sent it.</summary>
    public Bitrix24ErrorInfo Error { get; }

    /// <summary>The REST method that failed.</summary>
    public string Method => Error.Method;

    /// <summary>The raw <c>error</c> code.</summary>
    public string Code => Error.Code;

    /// <summary>The portal's description of the error.</summary>
    public string Description => Error.Message;

    /// <summary>The HTTP status.</summary>
    public int StatusCode => Error.StatusCode;

    /// <summary>The response body as received.</summary>
    public string RawBody => Error.RawBody;

    /// <summary>The system error the code maps to; <see cref="Bitrix24SystemError.Unknown"/> for method-specific codes.</summary>
    public Bitrix24SystemError SystemError { get; }

    /// <summary>True for an error the method documents (a business answer, never retried).</summary>
    public virtual bool IsMethodError => false;

    private static string Describe(Bitrix24ErrorInfo error)
    {
        var code = error.Code.Length == 0 ? "(no code)" : error.Code;
        return $"{error.Method} failed with {code} (HTTP {error.StatusCode}): {error.Message}";
    }
}
