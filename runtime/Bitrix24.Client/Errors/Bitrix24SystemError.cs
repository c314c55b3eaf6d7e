namespace Bitrix24.Client.Errors;

/// <summary>
/// Errors any Bitrix24 method can return (the documentation's system error table, plus the limit errors).
/// A code that a method documents itself maps to that method's own enum first.
/// </summary>
public enum Bitrix24SystemError
{
    /// <summary>A code that is neither a system error nor one the method documents.</summary>
    Unknown = 0,

    /// <summary><c>INTERNAL_SERVER_ERROR</c> (500): the portal failed internally.</summary>
    InternalServerError,

    /// <summary><c>ERROR_UNEXPECTED_ANSWER</c> (500): the portal produced an unexpected answer.</summary>
    ErrorUnexpectedAnswer,

    /// <summary><c>QUERY_LIMIT_EXCEEDED</c> (503): the request-rate limit was exceeded; the call was not executed.</summary>
    QueryLimitExceeded,

    /// <summary><c>OPERATION_TIME_LIMIT</c> (429): the method's accumulated execution time is over its limit.</summary>
    OperationTimeLimit,

    /// <summary><c>OVERLOAD_LIMIT</c> (503): REST access was blocked manually by Bitrix24; never retried automatically.</summary>
    OverloadLimit,

    /// <summary><c>ERROR_BATCH_METHOD_NOT_ALLOWED</c> (405): the method may not run inside a batch.</summary>
    ErrorBatchMethodNotAllowed,

    /// <summary><c>ERROR_BATCH_LENGTH_EXCEEDED</c> (400): the batch parameters are too long.</summary>
    ErrorBatchLengthExceeded,

    /// <summary><c>NO_AUTH_FOUND</c> (401): wrong access token or webhook code.</summary>
    NoAuthFound,

    /// <summary><c>INVALID_REQUEST</c> (400): HTTPS is required.</summary>
    InvalidRequest,

    /// <summary><c>ACCESS_DENIED</c> (403): REST is not available on this plan, or access is denied.</summary>
    AccessDenied,

    /// <summary><c>INVALID_CREDENTIALS</c> (403): the calling user lacks the permissions.</summary>
    InvalidCredentials,

    /// <summary><c>ERROR_MANIFEST_IS_NOT_AVAILABLE</c> (404).</summary>
    ErrorManifestIsNotAvailable,

    /// <summary><c>insufficient_scope</c> (403): the webhook or token lacks the method's scope.</summary>
    InsufficientScope,

    /// <summary><c>expired_token</c> (401): the OAuth access token expired; refresh it.</summary>
    ExpiredToken,

    /// <summary><c>invalid_token</c> (401): the OAuth access token is invalid or revoked.</summary>
    InvalidToken,

    /// <summary><c>user_access_error</c> (403): the user has no access to the application.</summary>
    UserAccessError,

    /// <summary><c>PORTAL_DELETED</c> (500): the portal's public part is closed.</summary>
    PortalDeleted,

    /// <summary><c>ERROR_METHOD_NOT_FOUND</c> (404): the portal does not know the method.</summary>
    ErrorMethodNotFound,
}
