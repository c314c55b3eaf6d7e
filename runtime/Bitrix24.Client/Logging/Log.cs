using System;
using Microsoft.Extensions.Logging;

namespace Bitrix24.Client.Logging;

/// <summary>The client's log lines: method names and outcomes only, never URLs, bodies, secrets or tokens.</summary>
internal static class Log
{
    private static readonly Action<ILogger, string, int, double, int, Exception?> CalledMessage =
        LoggerMessage.Define<string, int, double, int>(LogLevel.Debug, new EventId(1, "Called"), "{Method} answered HTTP {Status} in {ElapsedMs:0.0} ms after {Retries} retries");

    private static readonly Action<ILogger, string, string, Exception?> CallFailedMessage =
        LoggerMessage.Define<string, string>(LogLevel.Warning, new EventId(2, "CallFailed"), "{Method} failed: {Reason}");

    private static readonly Action<ILogger, string, string, int, double, Exception?> RetryingMessage =
        LoggerMessage.Define<string, string, int, double>(LogLevel.Information, new EventId(3, "Retrying"), "{Method} failed with {Reason}; retry {Attempt} in {DelayMs:0} ms");

    private static readonly Action<ILogger, string, string, double, Exception?> ThrottledMessage =
        LoggerMessage.Define<string, string, double>(LogLevel.Debug, new EventId(4, "Throttled"), "{Method} waited {WaitMs:0} ms for the {Limit} limit");

    private static readonly Action<ILogger, string, double, Exception?> PausedMessage =
        LoggerMessage.Define<string, double>(LogLevel.Warning, new EventId(5, "OperatingPause"), "{Method} is over its operating-time budget; its calls pause for {Seconds:0.0} s");

    private static readonly Action<ILogger, string, Exception?> TokenRefreshedMessage =
        LoggerMessage.Define<string>(LogLevel.Information, new EventId(6, "TokenRefreshed"), "OAuth tokens for {Portal} refreshed");

    private static readonly Action<ILogger, string, string, double, Exception?> TokenRefreshFailedMessage =
        LoggerMessage.Define<string, string, double>(LogLevel.Warning, new EventId(7, "TokenRefreshFailed"), "OAuth refresh for {Portal} failed ({Code}); calls share this failure for {PauseMs:0} ms before the token endpoint is asked again");

    private static readonly Action<ILogger, string, string, string, int, double, Exception?> TokenSaveFailedMessage =
        LoggerMessage.Define<string, string, string, int, double>(LogLevel.Error, new EventId(8, "TokenSaveFailed"), "The rotated OAuth tokens for {Portal} could not be saved ({ErrorType}: {Reason}), {Failures} times in a row; they are kept in memory and the save is tried again in {PauseMs:0} ms. A process that stops before that loses them.");

    private static readonly Action<ILogger, string, Exception?> ClientEndpointRefusedMessage =
        LoggerMessage.Define<string>(LogLevel.Warning, new EventId(9, "ClientEndpointRefused"), "The token pair's client_endpoint is not a valid address on {Portal}; it is not called, calls keep going to the configured portal");

    public static void Called(ILogger logger, string method, int status, double elapsedMs, int retries) => CalledMessage(logger, method, status, elapsedMs, retries, null);

    public static void CallFailed(ILogger logger, string method, string reason) => CallFailedMessage(logger, method, reason, null);

    public static void Retrying(ILogger logger, string method, string reason, int attempt, double delayMs) => RetryingMessage(logger, method, reason, attempt, delayMs, null);

    public static void Throttled(ILogger logger, string method, string limit, double waitMs) => ThrottledMessage(logger, method, limit, waitMs, null);

    public static void Paused(ILogger logger, string method, double seconds) => PausedMessage(logger, method, seconds, null);

    public static void TokenRefreshed(ILogger logger, string portal) => TokenRefreshedMessage(logger, portal, null);

    public static void TokenRefreshFailed(ILogger logger, string portal, string code, double pauseMs) => TokenRefreshFailedMessage(logger, portal, code.Length == 0 ? "no code" : code, pauseMs, null);

    public static void TokenSaveFailed(ILogger logger, string portal, string errorType, string reason, int failures, double pauseMs) => TokenSaveFailedMessage(logger, portal, errorType, reason, failures, pauseMs, null);

    public static void ClientEndpointRefused(ILogger logger, string portal) => ClientEndpointRefusedMessage(logger, portal, null);
}
