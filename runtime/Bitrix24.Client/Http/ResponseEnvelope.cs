using System;
using System.Text;
using System.Text.Json;
using Bitrix24.Client.Errors;
using Bitrix24.Client.Json;
using Bitrix24.Client.Transport;

namespace Bitrix24.Client.Http;

/// <summary>
/// Reads an answer in one pass: <c>{"result", "time", "total", "next"}</c> on success, <c>{"error", "error_description"}</c>
/// (REST 2) or <c>{"error": {"code", "message", "validation"}}</c> (REST 3.0) on failure. Never throws anything but a
/// <see cref="Bitrix24Exception"/>, whose texts (code, message, raw body) pass through the caller's redaction.
/// A UTF-8 byte-order mark is skipped; in an answer with invalid UTF-8 each bad sequence is replaced by U+FFFD
/// before reading, so one bad string does not cost the rest.
/// </summary>
internal static class ResponseEnvelope
{
    public static Bitrix24Response<TResult> Read<TResult>(Bitrix24Method<TResult> method, byte[] body, int statusCode, Func<string, string> redact)
    {
        // Checked up front, not on failure: raw values (extension data, untyped results) would keep the bad bytes and
        // throw later, in the caller's code.
        if (!Utf8Text.IsValid(body))
        {
            body = Utf8Text.Sanitize(body);
        }

        var result = default(TResult)!;
        JsonElement? raw = null;
        ResponseTime? time = null;
        long? total = null;
        long? next = null;
        string? errorCode = null;
        string? errorMessage = null;
        JsonElement validation = default;
        var hasResult = false;
        try
        {
            var reader = new Utf8JsonReader(body.AsSpan(Utf8Text.BomLength(body)));
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                throw FormatError(method.Name, "The answer is not a JSON object.", statusCode, body, redact);
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("result"u8))
                {
                    reader.Read();
                    hasResult = true;
                    var checkpoint = reader;
                    if (!method.ParseResult(ref reader, out result))
                    {
                        reader = checkpoint;
                        raw = JsonElement.ParseValue(ref reader);
                        result = default!;
                    }
                }
                else if (reader.ValueTextEquals("error"u8))
                {
                    reader.Read();
                    ReadError(ref reader, ref errorCode, ref errorMessage, ref validation);
                }
                else if (reader.ValueTextEquals("error_description"u8))
                {
                    reader.Read();
                    errorMessage ??= ErrorText(ref reader);
                    reader.Skip();
                }
                else if (reader.ValueTextEquals("time"u8))
                {
                    reader.Read();
                    time = ReadTime(ref reader);
                }
                else if (reader.ValueTextEquals("total"u8))
                {
                    reader.Read();
                    total = ReadInt64(ref reader);
                }
                else if (reader.ValueTextEquals("next"u8))
                {
                    reader.Read();
                    next = ReadInt64(ref reader);
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or FormatException or ArgumentException)
        {
            throw FormatError(method.Name, $"The answer is not valid JSON ({exception.Message}).", statusCode, body, redact);
        }

        if (errorCode is not null || errorMessage is not null)
        {
            throw method.CreateException(new Bitrix24ErrorInfo(method.Name, redact(errorCode ?? string.Empty), redact(errorMessage ?? string.Empty), statusCode, redact(Text(body)))
            {
                Validation = FieldErrors.Read(validation, redact),
            });
        }

        if (statusCode >= 400 || !hasResult)
        {
            throw FormatError(method.Name, statusCode >= 400 ? $"HTTP {statusCode} without an error code." : "The answer has no result.", statusCode, body, redact);
        }

        return new Bitrix24Response<TResult> { Result = result, RawResult = raw, Time = time, Total = total, Next = next };
    }

    private static void ReadError(ref Utf8JsonReader reader, ref string? code, ref string? message, ref JsonElement validation)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            code = ErrorText(ref reader);
            reader.Skip();
            return;
        }

        // REST 3.0: {"code": "...", "message": "...", "validation": [...]}
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isCode = reader.ValueTextEquals("code"u8);
            var isMessage = reader.ValueTextEquals("message"u8);
            var isValidation = reader.ValueTextEquals("validation"u8);
            reader.Read();
            if (isValidation)
            {
                validation = JsonElement.ParseValue(ref reader);
                continue;
            }

            if (isCode)
            {
                code = ErrorText(ref reader);
            }
            else if (isMessage)
            {
                message = ErrorText(ref reader);
            }

            reader.Skip();
        }

        code ??= string.Empty;
    }

    /// <summary>The answer with the secrets taken out of all of its text at once (a batch answer holds every command's error text).</summary>
    public static byte[] RedactAll(byte[] body, Func<string, string> redact)
    {
        var text = Encoding.UTF8.GetString(body);
        var redacted = redact(text);
        return string.Equals(text, redacted, StringComparison.Ordinal) ? body : Encoding.UTF8.GetBytes(redacted);
    }

    internal static ResponseTime? ReadTime(ref Utf8JsonReader reader)
    {
        if (!JsonValueReader.TryStartObject(ref reader, out var isEmpty))
        {
            reader.Skip();
            return null;
        }

        double? start = null, finish = null, duration = null, processing = null, operating = null;
        DateTimeOffset? dateStart = null, dateFinish = null, operatingResetAt = null;
        while (!isEmpty && reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var field = TimeField(ref reader);
            reader.Read();
            switch (field)
            {
                case 0:
                    start = ReadDouble(ref reader);
                    break;
                case 1:
                    finish = ReadDouble(ref reader);
                    break;
                case 2:
                    duration = ReadDouble(ref reader);
                    break;
                case 3:
                    processing = ReadDouble(ref reader);
                    break;
                case 4:
                    operating = ReadDouble(ref reader);
                    break;
                case 5:
                    dateStart = ReadDateTime(ref reader);
                    break;
                case 6:
                    dateFinish = ReadDateTime(ref reader);
                    break;
                case 7:
                    operatingResetAt = ReadTimestamp(ref reader);
                    break;
            }

            reader.Skip();
        }

        return new ResponseTime
        {
            Start = start,
            Finish = finish,
            Duration = duration,
            Processing = processing,
            Operating = operating,
            DateStart = dateStart,
            DateFinish = dateFinish,
            OperatingResetAt = operatingResetAt,
        };
    }

    // ValueTextEquals, unlike comparing raw bytes, also matches names the portal escaped.
    private static int TimeField(ref Utf8JsonReader reader)
        => reader.ValueTextEquals("start"u8) ? 0
            : reader.ValueTextEquals("finish"u8) ? 1
            : reader.ValueTextEquals("duration"u8) ? 2
            : reader.ValueTextEquals("processing"u8) ? 3
            : reader.ValueTextEquals("operating"u8) ? 4
            : reader.ValueTextEquals("date_start"u8) ? 5
            : reader.ValueTextEquals("date_finish"u8) ? 6
            : reader.ValueTextEquals("operating_reset_at"u8) ? 7
            : -1;

    private static double? ReadDouble(ref Utf8JsonReader reader) => JsonValueReader.TryReadDouble(ref reader, out var value) ? value : null;

    private static long? ReadInt64(ref Utf8JsonReader reader)
    {
        var value = JsonValueReader.TryReadInt64(ref reader, out var number) ? number : null;
        reader.Skip();
        return value;
    }

    private static DateTimeOffset? ReadDateTime(ref Utf8JsonReader reader) => JsonValueReader.TryReadDateTime(ref reader, out var value) ? value : null;

    private static DateTimeOffset? ReadTimestamp(ref Utf8JsonReader reader) => JsonValueReader.TryReadTimestamp(ref reader, out var value) ? value : null;

    // An error text the portal wrote; one .NET cannot hold (a lone surrogate escape) is kept as its escaped JSON text.
    private static string? ErrorText(ref Utf8JsonReader reader)
        => reader.TokenType == JsonTokenType.String ? JsonValueReader.TextOrEscaped(ref reader)
            : JsonValueReader.TryReadString(ref reader, out var text) ? text
            : null;

    private static Bitrix24ResponseFormatException FormatError(string method, string message, int statusCode, byte[] body, Func<string, string> redact)
        => new(new Bitrix24ErrorInfo(method, string.Empty, redact(message), statusCode, redact(Text(body))));

    // Invalid UTF-8 becomes U+FFFD: RawBody is for reading, the bytes themselves were not JSON anyway.
    private static string Text(byte[] body) => Encoding.UTF8.GetString(body);
}
