namespace Bitrix24.Testing.Protocol;

/// <summary>An error answer: HTTP status, <c>error</c> code and <c>error_description</c>.</summary>
public sealed record RestError(int Status, string Code, string Message)
{
    /// <summary>401 <c>NO_AUTH_FOUND</c>: the webhook's user or secret is wrong.</summary>
    public static RestError WrongAuthorization { get; } = new(401, "NO_AUTH_FOUND", "Wrong authorization data");

    /// <summary>404 <c>ERROR_METHOD_NOT_FOUND</c>.</summary>
    public static RestError MethodNotFound { get; } = new(404, "ERROR_METHOD_NOT_FOUND", "Method not found!");

    /// <summary>400 with the given code and message, the status the seed methods document for their errors.</summary>
    public static RestError BadRequest(string code, string message) => new(400, code, message);
}
