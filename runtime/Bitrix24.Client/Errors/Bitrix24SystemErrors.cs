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
}
