using System;
using System.Collections.Generic;
using System.Linq;

namespace Bitrix24.Client.Errors;

/// <summary>
/// The portal answered a call with an error. Carries the raw code, the message, the HTTP status, the raw body
/// and the system error it maps to. Never contains the webhook secret or a token.
/// </summary>
public class Bitrix24Exception : Exception
{
    // The exception message names the first few fields; Validation has them all.
    private const int MaxFieldsDescribed = 5;

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

    /// <summary>A REST 3.0 validation error's fields and what is wrong with each; empty for other errors.</summary>
    public IReadOnlyList<Bitrix24FieldError> Validation => Error.Validation;

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
        var fields = error.Validation.Count == 0
            ? string.Empty
            : " (" + string.Join("; ", error.Validation.Take(MaxFieldsDescribed).Select(field => $"{field.Field}: {field.Message}")) + (error.Validation.Count > MaxFieldsDescribed ? "; ..." : string.Empty) + ")";
        return $"{error.Method} failed with {code} (HTTP {error.StatusCode}): {error.Message}{fields}";
    }
}
