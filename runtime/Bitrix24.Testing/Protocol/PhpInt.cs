using System;
using System.Globalization;
using System.Text.Json;

namespace Bitrix24.Testing.Protocol;

/// <summary>PHP's integer cast: a number is truncated; a string gives its leading integer, or 0 when it has none.</summary>
internal static class PhpInt
{
    public static long Parse(JsonElement? value)
    {
        switch (value?.ValueKind)
        {
            case JsonValueKind.Number:
                return value.Value.TryGetInt64(out var whole) ? whole : (long)value.Value.GetDouble();
            case JsonValueKind.String:
                var text = value.Value.GetString()!.TrimStart();
                var length = text.Length > 0 && (text[0] == '-' || text[0] == '+') ? 1 : 0;
                while (length < text.Length && char.IsAsciiDigit(text[length]))
                {
                    length++;
                }

                return long.TryParse(text.AsSpan(0, length), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed) ? parsed : 0;
            case JsonValueKind.True:
                return 1;
            default:
                return 0;
        }
    }
}
