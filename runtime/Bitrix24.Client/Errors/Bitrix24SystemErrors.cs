using System;

namespace Bitrix24.Client.Errors;

/// <summary>Maps wire codes to <see cref="Bitrix24SystemError"/>.</summary>
public static class Bitrix24SystemErrors
{
    /// <summary>The system error for <paramref name="code"/>, or <see cref="Bitrix24SystemError.Unknown"/>.</summary>
    public static Bitrix24SystemError Parse(string? code) => code switch
    {
        "INTERNAL_SERVER_ERROR" => Bitrix24SystemError.InternalServerError,
        "ERROR_UNEXPECTED_ANSWER" => Bitrix24SystemError.ErrorUnexpectedAnswer,
        "QUERY_LIMIT_EXCEEDED" => Bitrix24SystemError.QueryLimitExceeded,
        "OPERATION_TIME_LIMIT" => Bitrix24SystemError.OperationTimeLimit,
        "OVERLOAD_LIMIT" => Bitrix24SystemError.OverloadLimit,
        "ERROR_BATCH_METHOD_NOT_ALLOWED" => Bitrix24SystemError.ErrorBatchMethodNotAllowed,
        "ERROR_BATCH_LENGTH_EXCEEDED" => Bitrix24SystemError.ErrorBatchLengthExceeded,
        "NO_AUTH_FOUND" => Bitrix24SystemError.NoAuthFound,
        "INVALID_REQUEST" => Bitrix24SystemError.InvalidRequest,
        "ACCESS_DENIED" => Bitrix24SystemError.AccessDenied,
        "INVALID_CREDENTIALS" => Bitrix24SystemError.InvalidCredentials,
        "ERROR_MANIFEST_IS_NOT_AVAILABLE" => Bitrix24SystemError.ErrorManifestIsNotAvailable,
        "insufficient_scope" => Bitrix24SystemError.InsufficientScope,
        "expired_token" => Bitrix24SystemError.ExpiredToken,
        "invalid_token" => Bitrix24SystemError.InvalidToken,
        "user_access_error" => Bitrix24SystemError.UserAccessError,
        "PORTAL_DELETED" => Bitrix24SystemError.PortalDeleted,
        "ERROR_METHOD_NOT_FOUND" => Bitrix24SystemError.ErrorMethodNotFound,
        _ => Bitrix24SystemError.Unknown,
    };

    /// <summary>The wire code of <paramref name="error"/>.</summary>
    public static string Code(Bitrix24SystemError error) => error switch
    {
        Bitrix24SystemError.InternalServerError => "INTERNAL_SERVER_ERROR",
        Bitrix24SystemError.ErrorUnexpectedAnswer => "ERROR_UNEXPECTED_ANSWER",
        Bitrix24SystemError.QueryLimitExceeded => "QUERY_LIMIT_EXCEEDED",
        Bitrix24SystemError.OperationTimeLimit => "OPERATION_TIME_LIMIT",
        Bitrix24SystemError.OverloadLimit => "OVERLOAD_LIMIT",
        Bitrix24SystemError.ErrorBatchMethodNotAllowed => "ERROR_BATCH_METHOD_NOT_ALLOWED",
        Bitrix24SystemError.ErrorBatchLengthExceeded => "ERROR_BATCH_LENGTH_EXCEEDED",
        Bitrix24SystemError.NoAuthFound => "NO_AUTH_FOUND",
        Bitrix24SystemError.InvalidRequest => "INVALID_REQUEST",
        Bitrix24SystemError.AccessDenied => "ACCESS_DENIED",
        Bitrix24SystemError.InvalidCredentials => "INVALID_CREDENTIALS",
        Bitrix24SystemError.ErrorManifestIsNotAvailable => "ERROR_MANIFEST_IS_NOT_AVAILABLE",
        Bitrix24SystemError.InsufficientScope => "insufficient_scope",
        Bitrix24SystemError.ExpiredToken => "expired_token",
        Bitrix24SystemError.InvalidToken => "invalid_token",
        Bitrix24SystemError.UserAccessError => "user_access_error",
        Bitrix24SystemError.PortalDeleted => "PORTAL_DELETED",
        Bitrix24SystemError.ErrorMethodNotFound => "ERROR_METHOD_NOT_FOUND",
        _ => throw new ArgumentOutOfRangeException(nameof(error), error, "Unknown has no wire code."),
    };
}
