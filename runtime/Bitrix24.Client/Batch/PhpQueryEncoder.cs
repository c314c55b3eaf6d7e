using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Bitrix24.Client.Batch;

/// <summary>
/// Encodes a JSON parameter object the way PHP's <c>http_build_query</c> does, which is how a REST 2 batch command
/// carries its parameters: <c>fields[TITLE]=Deal&amp;select[0]=ID</c>. Booleans become <c>1</c>/<c>0</c>; null, empty
/// arrays and empty objects become an empty value (PHP reads an empty string, which clears a field) rather than
/// vanishing. <c>$</c>, <c>[</c> and <c>]</c> stay readable in values so <c>$result[key][field]</c> references work
/// whichever way the portal substitutes them.
/// </summary>
internal static class PhpQueryEncoder
{
    public static string Encode(JsonElement parameters)
    {
        if (parameters.ValueKind != JsonValueKind.Object)
        {
            throw new ArgumentException("Batch command parameters must be one JSON object.", nameof(parameters));
        }

        var parts = new List<string>();
        foreach (var property in parameters.EnumerateObject())
        {
            Append(parts, Uri.EscapeDataString(property.Name), property.Value);
        }

        return string.Join("&", parts);
    }

    private static void Append(List<string> parts, string key, JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                var any = false;
                foreach (var property in value.EnumerateObject())
                {
                    any = true;
                    Append(parts, $"{key}[{Uri.EscapeDataString(property.Name)}]", property.Value);
                }

                AppendEmptyUnless(any);
                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in value.EnumerateArray())
                {
                    Append(parts, $"{key}[{index.ToString(CultureInfo.InvariantCulture)}]", item);
                    index++;
                }

                AppendEmptyUnless(index > 0);
                break;
            case JsonValueKind.String:
                parts.Add($"{key}={EscapeValue(value.GetString()!)}");
                break;
            case JsonValueKind.Number:
                parts.Add($"{key}={value.GetRawText()}");
                break;
            case JsonValueKind.True:
                parts.Add($"{key}=1");
                break;
            case JsonValueKind.False:
                parts.Add($"{key}=0");
                break;
            default:
                parts.Add($"{key}=");
                break;
        }

        void AppendEmptyUnless(bool hadItems)
        {
            if (!hadItems)
            {
                parts.Add($"{key}=");
            }
        }
    }

    private static string EscapeValue(string value)
    {
        var escaped = new StringBuilder(Uri.EscapeDataString(value));
        return escaped.Replace("%24", "$").Replace("%5B", "[").Replace("%5D", "]").ToString();
    }
}
