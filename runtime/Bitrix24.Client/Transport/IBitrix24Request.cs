using Bitrix24.Client.Json;

namespace Bitrix24.Client.Transport;

/// <summary>A typed request that writes its own JSON body, one object (no reflection, trimming and AOT safe).</summary>
public interface IBitrix24Request : IJsonWritable
{
}
