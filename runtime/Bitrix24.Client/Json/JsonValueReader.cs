using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Bitrix24.Client.Json;

/// <summary>
/// Tolerant readers for Bitrix24's loosely typed values. Each <c>TryRead…</c> looks at the reader's current
/// token and accepts every form the portal is known to send (numbers as strings, <c>Y</c>/<c>N</c>, <c>""</c> and
/// <c>null</c> for missing, <c>[]</c> for an empty object). When a value has a shape it cannot take, it returns
/// false and leaves the reader where it was, so the caller can keep the value raw instead of losing it.
/// </summary>
public static partial class JsonValueReader
{
    /// <summary>An integer from a number or a numeric string; <c>null</c> and <c>""</c> give null.</summary>
    public static bool TryReadInt64(ref Utf8JsonReader reader, out long? value)
    {
        value = null;
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return true;
            case JsonTokenType.Number:
                if (reader.TryGetInt64(out var number))
                {
                    value = number;
                    return true;
                }

                return reader.TryGetDecimal(out var exact) && TryIntegral(exact, out value);
            case JsonTokenType.String:
                if (TryParsePlainInt64(ref reader, out var plain))
                {
                    value = plain;
                    return true;
                }

                if (!TryGetTrimmedText(ref reader, out var text))
                {
                    return false;
                }

                if (text.Length == 0)
                {
                    return true;
                }

                if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed))
                {
                    value = parsed;
                    return true;
                }

                return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) && TryIntegral(real, out value);
            default:
                return false;
        }
    }

    /// <summary>A floating-point number from a number or a numeric string; <c>null</c> and <c>""</c> give null.</summary>
    public static bool TryReadDouble(ref Utf8JsonReader reader, out double? value)
    {
        value = null;
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return true;
            case JsonTokenType.Number:
                return reader.TryGetDouble(out var number) && TryFinite(number, out value);
            case JsonTokenType.String:
                if (TryParsePlainDouble(ref reader, out var plain))
                {
                    return TryFinite(plain, out value);
                }

                if (!TryGetTrimmedText(ref reader, out var text))
                {
                    return false;
                }

                if (text.Length == 0)
                {
                    return true;
                }

                return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && TryFinite(parsed, out value);
            default:
                return false;
        }
    }

    /// <summary>A boolean from <c>true</c>/<c>false</c>, <c>1</c>/<c>0</c>, <c>"Y"</c>/<c>"N"</c>, <c>"1"</c>/<c>"0"</c> or <c>"true"</c>/<c>"false"</c>.</summary>
    public static bool TryReadBoolean(ref Utf8JsonReader reader, out bool? value)
    {
        value = null;
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return true;
            case JsonTokenType.True:
                value = true;
                return true;
            case JsonTokenType.False:
                value = false;
                return true;
            case JsonTokenType.Number:
                if (reader.TryGetInt64(out var number) && number is 0 or 1)
                {
                    value = number == 1;
                    return true;
                }

                return false;
            case JsonTokenType.String:
                return TryReadFlagByte(ref reader, out value) || (TryGetTrimmedText(ref reader, out var text) && TryParseBoolean(text, out value));
            default:
                return false;
        }
    }

    /// <summary>A string; numbers and booleans give their JSON text. <c>null</c> gives null.</summary>
    public static bool TryReadString(ref Utf8JsonReader reader, out string? value)
    {
        value = null;
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return true;
            case JsonTokenType.String:
                if (!reader.HasValueSequence && reader.ValueSpan.Length == 1 && reader.ValueSpan[0] < OneCharStrings.Length)
                {
                    value = OneCharStrings[reader.ValueSpan[0]];
                    return true;
                }

                if (!TryGetText(ref reader, out var text))
                {
                    return false;
                }

                value = text;
                return true;
            case JsonTokenType.Number:
                value = RawText(ref reader);
                return true;
            case JsonTokenType.True:
                value = "true";
                return true;
            case JsonTokenType.False:
                value = "false";
                return true;
            default:
                return false;
        }
    }

    // The portal's one-letter flags and codes ("Y", "N", "P", "0"): one shared string each instead of one per value.
    private static readonly string[] OneCharStrings = CreateOneCharStrings();

    /// <summary>Parses <c>Y</c>/<c>N</c>, <c>1</c>/<c>0</c>, <c>true</c>/<c>false</c> (any case); empty gives null.</summary>
    public static bool TryParseBoolean(string text, out bool? value)
    {
        value = null;
        switch (text.ToUpperInvariant())
        {
            case "":
                return true;
            case "Y" or "1" or "TRUE":
                value = true;
                return true;
            case "N" or "0" or "FALSE":
                value = false;
                return true;
            default:
                return false;
        }
    }

    /// <summary>A quoted integer in its plain form (<c>"410"</c>: the portal quotes most ids), read from its bytes (see <see cref="PlainNumber"/>).</summary>
    private static bool TryParsePlainInt64(ref Utf8JsonReader reader, out long number)
    {
        number = 0;
        return !reader.ValueIsEscaped && !reader.HasValueSequence && PlainNumber.TryParseInt64(reader.ValueSpan, out number);
    }

    /// <summary>A quoted number in its plain form (money, <c>"3607999.00"</c>), read from its bytes (see <see cref="PlainNumber"/>).</summary>
    private static bool TryParsePlainDouble(ref Utf8JsonReader reader, out double number)
    {
        number = 0;
        return !reader.ValueIsEscaped && !reader.HasValueSequence && PlainNumber.TryParseDouble(reader.ValueSpan, out number);
    }

    /// <summary>The one-letter flags <c>"Y"</c>/<c>"N"</c> (and <c>"1"</c>/<c>"0"</c>) without making a string; false for any other text.</summary>
    private static bool TryReadFlagByte(ref Utf8JsonReader reader, out bool? value)
    {
        value = !reader.HasValueSequence && reader.ValueSpan.Length == 1
            ? reader.ValueSpan[0] switch
            {
                (byte)'Y' or (byte)'y' or (byte)'1' => true,
                (byte)'N' or (byte)'n' or (byte)'0' => false,
                _ => null,
            }
            : null;
        return value.HasValue;
    }

    private static string[] CreateOneCharStrings()
    {
        var strings = new string[128];
        for (var ascii = 0; ascii < strings.Length; ascii++)
        {
            strings[ascii] = ((char)ascii).ToString();
        }

        return strings;
    }

    private static bool Item<T>(bool ok, T? read, out T value)
        where T : struct
    {
        value = read.GetValueOrDefault();
        return ok && read.HasValue;
    }


    // Exact: a number beyond long's range, or with a fraction, is refused (kept raw), never clamped or rounded.
    private static bool TryIntegral(decimal number, out long? value)
    {
        value = null;
        if (decimal.Truncate(number) != number || number < long.MinValue || number > long.MaxValue)
        {
            return false;
        }

        value = (long)number;
        return true;
    }

    // 1e400 reads as infinity: a number out of double's range is refused (kept raw), not turned into one.
    private static bool TryFinite(double number, out double? value)
    {
        value = null;
        if (double.IsNaN(number) || double.IsInfinity(number))
        {
            return false;
        }

        value = number;
        return true;
    }

    private static bool TryGetTrimmedText(ref Utf8JsonReader reader, out string text)
    {
        var ok = TryGetText(ref reader, out text);
        text = text.Trim();
        return ok;
    }

    /// <summary>
    /// The string at the reader, or false for one .NET cannot hold: an escaped lone surrogate (<c>"\ud800"</c>), or
    /// invalid UTF-8 (which the client replaces before reading), which the caller then keeps raw.
    /// </summary>
    private static bool TryGetText(ref Utf8JsonReader reader, out string text)
    {
        try
        {
            text = reader.GetString()!;
            return true;
        }
        catch (InvalidOperationException)
        {
            text = string.Empty;
            return false;
        }
    }

    /// <summary>The string (a property name or a string value) at the reader; one .NET cannot hold (an escaped lone surrogate) is kept as its escaped JSON text.</summary>
    internal static string TextOrEscaped(ref Utf8JsonReader reader)
        => TryGetText(ref reader, out var name) ? name : Encoding.UTF8.GetString(RawBytes(ref reader));

    private static byte[] RawBytes(ref Utf8JsonReader reader)
        => reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan.ToArray();


    private static string RawText(ref Utf8JsonReader reader) => Encoding.UTF8.GetString(RawBytes(ref reader));
}
