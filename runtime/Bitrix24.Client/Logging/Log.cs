using System;
using Microsoft.Extensions.Logging;

namespace Bitrix24.Client;

/// <summary>The client's log lines: method names and outcomes only, never URLs, secrets or tokens.</summary>
internal static class Log
{
    private static readonly Action<ILogger, string, int, double, Exception?> CalledMessage =
        LoggerMessage.Define<string, int, double>(LogLevel.Debug, new EventId(1, "Called"), "{Method} answered HTTP {Status} in {ElapsedMs:0.0} ms");

    private static readonly Action<ILogger, string, string, Exception?> CallFailedMessage =
        LoggerMessage.Define<string, string>(LogLevel.Warning, new EventId(2, "CallFailed"), "{Method} failed: {Reason}");

    public static void Called(ILogger logger, string method, int status, double elapsedMs) => CalledMessage(logger, method, status, elapsedMs, null);

    public static void CallFailed(ILogger logger, string method, string reason, Exception? exception) => CallFailedMessage(logger, method, reason, exception);
}
