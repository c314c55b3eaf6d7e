using System;
using System.Diagnostics;
using Bitrix24.Client.Errors;
using Bitrix24.Client.Logging;
using Microsoft.Extensions.Logging;

namespace Bitrix24.Client.Telemetry;

/// <summary>What one logical call reports: its activity, the call and error counters, its duration and the failure line.</summary>
internal static class CallTelemetry
{
    /// <summary>Starts the call's activity, or returns null when nobody listens.</summary>
    public static Activity? Start(string method, string portal, int restVersion)
    {
        var activity = Bitrix24Telemetry.Source.StartActivity("Bitrix24.Call", ActivityKind.Client);
        activity?.SetTag("bitrix24.method", method);
        activity?.SetTag("server.address", portal);
        activity?.SetTag("bitrix24.rest_version", restVersion);
        return activity;
    }

    /// <summary>Counts a call that returned an answer.</summary>
    public static void Succeeded(string method)
    {
        if (Bitrix24Telemetry.Calls.Enabled)
        {
            Bitrix24Telemetry.Calls.Add(1, Bitrix24Telemetry.Tag("bitrix24.method", method), Bitrix24Telemetry.Tag("outcome", "ok"));
        }
    }

    /// <summary>Counts, marks and logs a failed call under its error code (the exception's type when it has none).</summary>
    public static void Failed(Activity? activity, string method, Exception exception, ILogger logger)
    {
        var code = exception switch
        {
            Bitrix24Exception { Code.Length: > 0 } error => error.Code,
            Bitrix24AuthenticationException auth when auth.Code.Length > 0 => auth.Code,
            _ => exception.GetType().Name,
        };
        Bitrix24Telemetry.Calls.Add(1, Bitrix24Telemetry.Tag("bitrix24.method", method), Bitrix24Telemetry.Tag("outcome", "error"));
        Bitrix24Telemetry.Errors.Add(1, Bitrix24Telemetry.Tag("bitrix24.method", method), Bitrix24Telemetry.Tag("error.type", code));
        activity?.SetStatus(ActivityStatusCode.Error, code);
        activity?.SetTag("error.type", code);
        Log.CallFailed(logger, method, code);
    }

    /// <summary>Records the retries and the whole call's duration, waits and retries included.</summary>
    public static void Finished(Activity? activity, string method, int retries, long started)
    {
        activity?.SetTag("bitrix24.retries", retries);
        if (Bitrix24Telemetry.Duration.Enabled)
        {
            Bitrix24Telemetry.Duration.Record(Bitrix24Telemetry.SecondsSince(started), Bitrix24Telemetry.Tag("bitrix24.method", method));
        }
    }
}
