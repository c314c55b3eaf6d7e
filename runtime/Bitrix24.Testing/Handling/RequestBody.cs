using System.Buffers;
using System.Linq;
using System.Text.Json;

namespace Bitrix24.Testing.Handling;

/// <summary>The JSON body of a call: parsed leniently (empty is <c>{}</c>), and split from the transport's <c>auth</c>.</summary>
internal static class RequestBody
{
    /// <summary>The parsed body, or null when it is not JSON.</summary>
    public static JsonDocument? Parse(string body)
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

    /// <summary>The parameters without <c>auth</c>, which belongs to the transport, not to the method.</summary>
    public static JsonElement WithoutAuth(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("auth", out _))
        {
            return root;
        }

        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var member in root.EnumerateObject().Where(member => member.Name != "auth"))
            {
                member.WriteTo(writer);
            }

            writer.WriteEndObject();
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }
}
