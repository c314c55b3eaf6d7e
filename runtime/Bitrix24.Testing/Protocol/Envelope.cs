using System;
using System.IO;
using System.Text;
using System.Text.Json;

namespace Bitrix24.Testing.Protocol;

/// <summary>Writes answers the way the portal does: <c>{"result", "time"}</c> or an error in the REST 2 or REST 3.0 shape.</summary>
internal static class Envelope
{
    private static readonly TimeSpan OperatingWindow = TimeSpan.FromMinutes(10);

    public static string Success(Action<Utf8JsonWriter> writeResult, DateTimeOffset operatingResetBase)
    {
        var started = DateTimeOffset.UtcNow;
        return Write(writer =>
        {
            writer.WritePropertyName("result");
            writeResult(writer);
            var finished = DateTimeOffset.UtcNow;
            writer.WriteStartObject("time");
            writer.WriteNumber("start", started.ToUnixTimeMilliseconds() / 1000.0);
            writer.WriteNumber("finish", finished.ToUnixTimeMilliseconds() / 1000.0);
            writer.WriteNumber("duration", (finished - started).TotalSeconds);
            writer.WriteNumber("processing", (finished - started).TotalSeconds);
            writer.WriteString("date_start", started.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture));
            writer.WriteString("date_finish", finished.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture));
            writer.WriteNumber("operating_reset_at", (operatingResetBase + OperatingWindow).ToUnixTimeSeconds());
            writer.WriteNumber("operating", 0);
            writer.WriteEndObject();
        });
    }

    public static string Error(RestError error, int restVersion) => Write(writer =>
    {
        if (restVersion == 3)
        {
            writer.WriteStartObject("error");
            writer.WriteString("code", error.Code);
            writer.WriteString("message", error.Message);
            writer.WriteStartArray("validation");
            writer.WriteEndArray();
            writer.WriteEndObject();
            return;
        }

        writer.WriteString("error", error.Code);
        writer.WriteString("error_description", error.Message);
    });

    private static string Write(Action<Utf8JsonWriter> writeMembers)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writeMembers(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
