namespace Bitrix24.Testing.Protocol;

/// <summary>An error answer: HTTP status, <c>error</c> code and <c>error_description</c>.</summary>
public sealed record RestError(int Status, string Code, string Message)
{
    /// <summary>
    /// What a REST 3.0 validation error says about the field, written as its <c>validation</c> list; the error's own
    /// message stays generic. Null for every other error, which has no <c>validation</c> member at all.
    /// </summary>
    public RestValidation? Validation { get; init; }

    /// <summary>401 <c>NO_AUTH_FOUND</c>: the webhook's user or secret is wrong, or no OAuth token was sent.</summary>
    public static RestError WrongAuthorization { get; } = new(401, "NO_AUTH_FOUND", "Wrong authorization data");

    /// <summary>404 <c>ERROR_METHOD_NOT_FOUND</c>.</summary>
    public static RestError MethodNotFound { get; } = new(404, "ERROR_METHOD_NOT_FOUND", "Method not found!");

    /// <summary>503 <c>QUERY_LIMIT_EXCEEDED</c>: the request-rate limit.</summary>
    public static RestError QueryLimitExceeded { get; } = new(503, "QUERY_LIMIT_EXCEEDED", "Too many requests");

    /// <summary>429 <c>OPERATION_TIME_LIMIT</c>: the method's operating budget is spent.</summary>
    public static RestError OperationTimeLimit { get; } = new(429, "OPERATION_TIME_LIMIT", "Method is blocked due to operation time limit.");

    /// <summary>503 <c>OVERLOAD_LIMIT</c>: the portal blocked the REST API by hand.</summary>
    public static RestError OverloadLimit { get; } = new(503, "OVERLOAD_LIMIT", "REST API is blocked due to overload.");

    /// <summary>500 <c>INTERNAL_SERVER_ERROR</c>.</summary>
    public static RestError InternalServerError { get; } = new(500, "INTERNAL_SERVER_ERROR", "Internal server error");

    /// <summary>401 <c>expired_token</c>: the OAuth access token has expired.</summary>
    public static RestError ExpiredToken { get; } = new(401, "expired_token", "The access token provided has expired.");

    /// <summary>401 <c>invalid_token</c>: the OAuth access token is unknown or revoked.</summary>
    public static RestError InvalidToken { get; } = new(401, "invalid_token", "The access token provided is invalid.");

    /// <summary>400 with the given code and message, the status the seed methods document for their errors.</summary>
    public static RestError BadRequest(string code, string message) => new(400, code, message);
}
