using System.Collections.Generic;

namespace Bitrix24.Client.Errors;

/// <summary>An error answer as the portal sent it.</summary>
/// <param name="Method">The REST method that was called.</param>
/// <param name="Code">The <c>error</c> code (may be empty).</param>
/// <param name="Message">The <c>error_description</c> (REST 3.0: <c>message</c>).</param>
/// <param name="StatusCode">The HTTP status.</param>
/// <param name="RawBody">The response body as received.</param>
public sealed record Bitrix24ErrorInfo(string Method, string Code, string Message, int StatusCode, string RawBody)
{
    /// <summary>A REST 3.0 validation error's fields and their messages (the top-level message is generic); empty otherwise.</summary>
    public IReadOnlyList<Bitrix24FieldError> Validation { get; init; } = [];
}
