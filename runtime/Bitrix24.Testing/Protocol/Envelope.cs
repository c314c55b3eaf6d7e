using System;
using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace Bitrix24.Testing.Protocol;

/// <summary>Writes answers the way the portal does: <c>{"result", "time"}</c> or an error in the REST 2 or REST 3.0 shape.</summary>
internal static class Envelope
{
    public const string JsonContentType = "application/json; charset=utf-8";

    public static byte[] Success(byte[] result, long? total, long? next, CallTime time) => Write(writer =>
    {
        writer.WritePropertyName("result");
        writer.WriteRawValue(result, skipInputValidation: true);
        if (next is { } nextStart)
        {
            writer.WriteNumber("next", nextStart);
        }

        if (total is { } count)
        {
            writer.WriteNumber("total", count);
        }

        WriteTime(writer, "time", time);
    });

    public static byte[] Error(RestError error, int restVersion) => Write(writer => WriteErrorMembers(writer, error, restVersion));

    /// <summary>The members of an error answer, also used for one failed call inside a batch.</summary>
    public static void WriteErrorMembers(Utf8JsonWriter writer, RestError error, int restVersion)
    {
        if (restVersion == 3)
        {
            writer.WriteStartObject("error");
            writer.WriteString("code", error.Code);
            writer.WriteString("message", error.Message);
            if (error.Validation is { } validation)
            {
                writer.WriteStartArray("validation");
                writer.WriteStartObject();
                writer.WriteString("message", validation.Message);
                writer.WriteString("field", validation.Field);
                writer.WriteEndObject();
                writer.WriteEndArray();
            }

            writer.WriteEndObject();
            return;
        }

        writer.WriteString("error", error.Code);
        writer.WriteString("error_description", error.Message);
    }

    /// <summary>Writes a <c>time</c> object, as a member when <paramref name="name"/> is given, else as a value.</summary>
    public static void WriteTime(Utf8JsonWriter writer, string? name, CallTime time)
    {
        if (name is null)
        {
            writer.WriteStartObject();
        }
        else
        {
            writer.WriteStartObject(name);
        }

        writer.WriteNumber("start", time.Started.ToUnixTimeMilliseconds() / 1000.0);
        writer.WriteNumber("finish", time.Finished.ToUnixTimeMilliseconds() / 1000.0);
        writer.WriteNumber("duration", (time.Finished - time.Started).TotalSeconds);
        writer.WriteNumber("processing", (time.Finished - time.Started).TotalSeconds);
        writer.WriteString("date_start", time.Started.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
        writer.WriteString("date_finish", time.Finished.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
        writer.WriteNumber("operating_reset_at", time.Operating.ResetAt);
        writer.WriteNumber("operating", time.Operating.Seconds);
        writer.WriteEndObject();
    }

    public static byte[] Write(Action<Utf8JsonWriter> writeMembers)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writeMembers(writer);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
