using System;
using System.IO;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bitrix24.Client.Transport;

namespace Bitrix24.Client.Batch;

/// <summary>
/// A request as a mutable JSON object, for the runtime's own rewrites of a typed request (the next page's
/// <c>start</c>, the bulk reader's <c>filter</c>); builds nodes by hand, so it stays trimming and AOT safe.
/// </summary>
internal sealed class JsonObjectRequest : IBitrix24Request
{
    private JsonObjectRequest(JsonObject body) => Body = body;

    /// <summary>The parameters.</summary>
    public JsonObject Body { get; }

    /// <summary>Copies a typed request (or none) into a JSON object.</summary>
    public static JsonObjectRequest From(IBitrix24Request? request)
        => new(request is null
            ? new JsonObject()
            : JsonNode.Parse(Bytes(request)) as JsonObject ?? throw new InvalidOperationException("A request must write one JSON object."));

    /// <summary>A typed request (or none) as a JSON element that outlives any document.</summary>
    public static JsonElement ElementOf(IBitrix24Request? request)
    {
        using var document = JsonDocument.Parse(request is null ? "{}"u8.ToArray() : Bytes(request));
        return document.RootElement.Clone();
    }

    /// <summary>The object member <paramref name="name"/>, created (or replacing a non-object) when needed.</summary>
    public JsonObject Object(string name)
    {
        if (Body[name] is JsonObject existing)
        {
            return existing;
        }

        var created = new JsonObject();
        Body[name] = created;
        return created;
    }

    /// <inheritdoc />
    public void WriteTo(Utf8JsonWriter writer) => Body.WriteTo(writer);

    private static byte[] Bytes(IBitrix24Request request)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            request.WriteTo(writer);
        }

        return buffer.ToArray();
    }
}
