using System;
using System.Text;
using System.Text.Json;

namespace Bitrix24.Client.Json;

/// <summary>The bytes a call sends: a typed request written by one writer per thread, or the untyped call's checked JSON.</summary>
internal static class RequestBody
{
    // Non-ASCII text (Cyrillic names, say) goes as UTF-8, not as \uXXXX escapes six times its size; the body is
    // JSON for the portal, never embedded in HTML.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

#if NET
    [ThreadStatic]
    private static System.Buffers.ArrayBufferWriter<byte>? ThreadBuffer;

    [ThreadStatic]
    private static Utf8JsonWriter? ThreadWriter;
#endif

    /// <summary>The request as one JSON object; no request sends <c>{}</c>.</summary>
    public static byte[] Serialize(IJsonWritable? request)
    {
        if (request is null)
        {
            return [(byte)'{', (byte)'}'];
        }

#if NET
        // One writer and buffer per thread: a call allocates only the body it sends.
        var buffer = ThreadBuffer ??= new System.Buffers.ArrayBufferWriter<byte>(1024);
        buffer.ResetWrittenCount();
        var writer = ThreadWriter ??= new Utf8JsonWriter(buffer, WriterOptions);
        writer.Reset(buffer);
        request.WriteTo(writer);
        writer.Flush();
        var body = buffer.WrittenSpan.ToArray();
        if (buffer.Capacity > 1 << 20)
        {
            // A rare huge body (a file in base64) should not stay pinned to the thread.
            ThreadBuffer = null;
            ThreadWriter = null;
        }

        return body;
#else
        using var buffer = new System.IO.MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            request.WriteTo(writer);
        }

        return buffer.ToArray();
#endif
    }

    /// <summary>The untyped call's parameters, checked to be one JSON object; none sends <c>{}</c>.</summary>
    /// <exception cref="ArgumentException">The text is not one JSON object.</exception>
    public static byte[] Parameters(string? parametersJson)
    {
        if (string.IsNullOrWhiteSpace(parametersJson))
        {
            return Encoding.UTF8.GetBytes("{}");
        }

        try
        {
            using var document = JsonDocument.Parse(parametersJson!);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new ArgumentException("The parameters must be one JSON object.", nameof(parametersJson));
            }
        }
        catch (JsonException exception)
        {
            throw new ArgumentException($"The parameters are not valid JSON: {exception.Message}", nameof(parametersJson), exception);
        }

        return Encoding.UTF8.GetBytes(parametersJson);
    }
}
