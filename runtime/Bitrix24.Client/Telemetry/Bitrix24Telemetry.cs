using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Bitrix24.Client.Telemetry;

/// <summary>
/// The client's tracing source and meter, both named <see cref="Name"/>. Activities and measurements carry the
/// method, the portal's host and outcomes; never a URL, a webhook secret or a token.
/// </summary>
public static class Bitrix24Telemetry
{
    /// <summary>The name of the <see cref="ActivitySource"/> and the <see cref="Meter"/>.</summary>
    public const string Name = "Bitrix24.Client";

    internal static readonly ActivitySource Source = new(Name);

    internal static readonly Meter Meter = new(Name);

    internal static readonly Counter<long> Calls = Meter.CreateCounter<long>("bitrix24.client.calls", description: "Logical calls, by method and outcome.");

    internal static readonly Counter<long> Errors = Meter.CreateCounter<long>("bitrix24.client.errors", description: "Failed calls, by method and error code.");

    internal static readonly Counter<long> Retries = Meter.CreateCounter<long>("bitrix24.client.retries", description: "Retried attempts, by method and reason.");

    internal static readonly Counter<long> TokenRefreshes = Meter.CreateCounter<long>("bitrix24.client.token_refreshes", description: "OAuth token refreshes.");

    internal static readonly Counter<long> TokenSaveFailures = Meter.CreateCounter<long>("bitrix24.client.token_save_failures", description: "Failed saves of a rotated OAuth token pair to its store, by exception type; the pair is kept in memory and the save retried.");

    internal static readonly Histogram<double> ThrottleWait = Meter.CreateHistogram<double>("bitrix24.client.throttle_wait", unit: "s", description: "Time calls waited for the rate or operating limit.");

    internal static readonly Histogram<double> Duration = Meter.CreateHistogram<double>("bitrix24.client.duration", unit: "s", description: "Logical call duration including retries and waits.");

    internal static KeyValuePair<string, object?> Tag(string name, object? value) => new(name, value);

    /// <summary>Seconds since a <see cref="Stopwatch.GetTimestamp"/> reading.</summary>
    internal static double SecondsSince(long started) => (Stopwatch.GetTimestamp() - started) / (double)Stopwatch.Frequency;
}
