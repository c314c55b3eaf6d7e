using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Bitrix24.Testing.Batch;

namespace Bitrix24.Testing.Handling;

/// <summary>The parameters of a call, read from where the portal reads them, and split from the transport's <c>auth</c>.</summary>
internal static class RequestBody
{
    /// <summary>
    /// The parameters. REST 2 reads the query string and the body, a form body as PHP's <c>parse_str</c> does and any
    /// other as JSON; the body wins for a name in both (PHP's <c>$_REQUEST</c> order), and a body that is not JSON
    /// carries no parameters. REST 3.0 reads a JSON body only (empty is <c>{}</c>): null when it is not JSON or is a form.
    /// </summary>
    public static JsonDocument? Parse(RestRequest request)
    {
        if (request.RestVersion == 3)
        {
            return request.Form is null ? ParseJson(request.Body) : null;
        }

        if (request.Form is { } form)
        {
            return PhpQueryParser.Parse(request.Query.Length == 0 ? form : request.Query + "&" + form);
        }

        using var query = PhpQueryParser.Parse(request.Query);
        using var body = ParseJson(request.Body);
        return body is { RootElement.ValueKind: JsonValueKind.Object } json
            ? Document(query.RootElement.EnumerateObject().Where(member => !json.RootElement.TryGetProperty(member.Name, out _)).Concat(json.RootElement.EnumerateObject()))
            : Document(query.RootElement.EnumerateObject());
    }

    /// <summary>The parameters without <c>auth</c>, which belongs to the transport, not to the method.</summary>
    public static JsonElement WithoutAuth(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("auth", out _))
        {
            return root;
        }

        using var document = Document(root.EnumerateObject().Where(member => member.Name != "auth"));
        return document.RootElement.Clone();
    }

    private static JsonDocument? ParseJson(string body)
    {
        try
        {
            return JsonDocument.Parse(body.Length == 0 ? "{}" : body);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static JsonDocument Document(IEnumerable<JsonProperty> members)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var member in members)
            {
                member.WriteTo(writer);
            }

            writer.WriteEndObject();
        }

        return JsonDocument.Parse(buffer.WrittenMemory);
    }
}
