using System.Text.Json;

namespace Bitrix24.Client.Transport;

/// <summary>A typed request that writes its own JSON body (no reflection, trimming and AOT safe).</summary>
public interface IBitrix24Request
{
    /// <summary>Writes the request as one JSON object.</summary>
    void WriteTo(Utf8JsonWriter writer);
}
