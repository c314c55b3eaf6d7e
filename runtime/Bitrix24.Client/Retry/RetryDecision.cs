using System;
using Bitrix24.Client.Errors;

namespace Bitrix24.Client.Retry;

/// <summary>Which failures may be sent again, and why: the rule that keeps a write from ever running twice.</summary>
internal static class RetryDecision
{
    /// <summary>The reason to retry, or null when the failure must surface.</summary>
    /// <param name="failure">What the attempt threw.</param>
    /// <param name="canRepeat">True for reads and for REST 3.0 calls under an Idempotency-Key: running them twice does no harm.</param>
    public static string? Reason(Exception failure, bool canRepeat) => failure switch
    {
        // Refused before running: always safe.
        Bitrix24Exception { SystemError: Bitrix24SystemError.QueryLimitExceeded } => "QUERY_LIMIT_EXCEEDED",
        Bitrix24Exception { SystemError: Bitrix24SystemError.OperationTimeLimit } => "OPERATION_TIME_LIMIT",

        // A manual block by Bitrix24, and answers the method documents, are final.
        Bitrix24Exception { SystemError: Bitrix24SystemError.OverloadLimit or Bitrix24SystemError.PortalDeleted } => null,
        Bitrix24Exception { IsMethodError: true } => null,

        // An unreadable answer (HTML from a proxy, JSON cut short) or a server fault: the call may have run.
        Bitrix24ResponseFormatException format when canRepeat && (format.StatusCode >= 500 || format.StatusCode < 400) => $"unreadable answer (HTTP {format.StatusCode})",
        Bitrix24Exception server when canRepeat && server.StatusCode >= 500 => server.Code.Length == 0 ? $"HTTP {server.StatusCode}" : server.Code,

        Bitrix24TransportException { MayHaveRun: false } => "connection failed",
        Bitrix24TransportException transport when canRepeat => transport.IsTimeout ? "timeout" : "connection lost",
        _ => null,
    };
}
