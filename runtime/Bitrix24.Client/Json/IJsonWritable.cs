using System.Text.Json;

namespace Bitrix24.Client.Json;

/// <summary>A value that writes itself as one JSON value: generated requests and their nested objects.</summary>
public interface IJsonWritable
{
    /// <summary>Writes the value (a request: one JSON object).</summary>
    void WriteTo(Utf8JsonWriter writer);
}
