using System;
using System.Text;
using System.Text.Json;
using Bitrix24.Client.Errors;
using Bitrix24.Client.Http;
using Bitrix24.Client.Transport;

namespace Bitrix24.Client.Limits;

/// <summary>Reads what an <c>OPERATION_TIME_LIMIT</c> refusal says about its own reset.</summary>
internal static class OperatingRefusal
{
    /// <summary>The <c>time.operating_reset_at</c> of the refusal's body, when it carries one.</summary>
    public static DateTimeOffset? ResetAt(Bitrix24Exception refusal)
    {
        try
        {
            var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(refusal.RawBody));
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isTime = reader.ValueTextEquals("time"u8);
                reader.Read();
                if (isTime)
                {
                    return ResponseEnvelope.ReadTime(ref reader)?.OperatingResetAt;
                }

                reader.Skip();
            }
        }
        catch (JsonException)
        {
            // A refusal whose body is not JSON says nothing about its reset.
        }

        return null;
    }
}
