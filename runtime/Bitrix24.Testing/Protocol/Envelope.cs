using System;
using System.Buffers;
using System.Text.Json;
using Bitrix24.Testing.Profiles;

namespace Bitrix24.Testing.Protocol;

/// <summary>Writes answers the way the portal does: <c>{"result", "time"}</c> or an error in the REST 2 or REST 3.0 shape.</summary>
internal static class Envelope
{
    public const string JsonContentType = "application/json; charset=utf-8";

    public static byte[] Success(byte[] result, long? total, long? next, CallTime time, FakeTimeBlock timeBlock) => Write(writer =>
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

        writer.WritePropertyName("time");
        time.Write(writer, timeBlock, batchEntry: false);
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

    /// <summary>A JSON object body with its text as PHP writes it (<see cref="PhpJsonText"/>): every body the portal sends is written here.</summary>
    public static byte[] Write(Action<Utf8JsonWriter> writeMembers)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writeMembers(writer);
            writer.WriteEndObject();
        }

        return PhpJsonText.Transcode(buffer.WrittenSpan);
    }
}
