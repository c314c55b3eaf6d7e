using System;
using System.Globalization;
using System.Text.Json;
using Bitrix24.Testing.Limits;
using Bitrix24.Testing.Profiles;

namespace Bitrix24.Testing.Protocol;

/// <summary>
/// When one call ran, how long it took and what it left of its method's operating budget: a <c>time</c> object.
/// </summary>
/// <param name="Started">When the request arrived (a batch command: when it began).</param>
/// <param name="Duration">From <paramref name="Started"/> to the answer: reading, authenticating and running.</param>
/// <param name="Processing">The method's own running time, a part of <paramref name="Duration"/>.</param>
/// <param name="Operating">The method's operating time over the live baskets and when the oldest of them expires.</param>
internal readonly record struct CallTime(DateTimeOffset Started, TimeSpan Duration, TimeSpan Processing, OperatingUsage Operating)
{
    private const string DateFormat = "yyyy-MM-dd'T'HH:mm:sszzz";

    public DateTimeOffset Finished => Started + Duration;

    /// <summary>
    /// Writes the object with the keys <paramref name="profile"/> gives an answer's <c>time</c> or, when
    /// <paramref name="batchEntry"/>, a REST 2 batch's <c>result_time</c> entry.
    /// </summary>
    public void Write(Utf8JsonWriter writer, FakeTimeBlock profile, bool batchEntry)
    {
        var full = profile == FakeTimeBlock.Full;
        writer.WriteStartObject();
        if (batchEntry && !full)
        {
            writer.WriteNumber("start", Started.ToUnixTimeSeconds());
            writer.WriteNumber("finish", Finished.ToUnixTimeSeconds());
        }
        else
        {
            writer.WriteNumber("start", UnixSeconds(Started));
            writer.WriteNumber("finish", UnixSeconds(Finished));
        }

        writer.WriteNumber("duration", Duration.TotalSeconds);
        writer.WriteNumber("processing", Processing.TotalSeconds);
        writer.WriteString("date_start", Started.ToString(DateFormat, CultureInfo.InvariantCulture));
        writer.WriteString("date_finish", Finished.ToString(DateFormat, CultureInfo.InvariantCulture));
        if (full || (!batchEntry && profile == FakeTimeBlock.Typical))
        {
            writer.WriteNumber("operating_reset_at", Operating.ResetAt);
        }

        if (full || (!batchEntry && profile != FakeTimeBlock.WithoutOperating))
        {
            writer.WriteNumber("operating", Operating.Seconds);
        }

        writer.WriteEndObject();
    }

    // PHP's microtime(true): seconds with microseconds.
    private static double UnixSeconds(DateTimeOffset at)
        => Math.Round((at.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / (double)TimeSpan.TicksPerSecond, 6);
}
