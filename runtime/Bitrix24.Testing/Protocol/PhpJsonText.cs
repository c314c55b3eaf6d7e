using System;
using System.Buffers;
using System.Text;

namespace Bitrix24.Testing.Protocol;

/// <summary>
/// Rewrites the strings of a compact JSON text the way PHP's <c>json_encode</c> (no flags) writes them, as the portal
/// does: <c>/</c> as <c>\/</c>; every non-ASCII character as <c>\uXXXX</c> in lower-case hex (UTF-16 units, so a
/// surrogate pair for characters beyond the BMP); <c>"</c> and <c>\</c> escaped; control characters as <c>\b \f \n
/// \r \t</c> or <c>\u00XX</c>; every other ASCII character, <c>+ &lt; &gt; &amp; ' `</c> included, as itself.
/// Numbers, literals and structure pass through unchanged.
/// </summary>
internal static class PhpJsonText
{
    private const string HexDigits = "0123456789abcdef";

    // The units written as a backslash and a letter, and their letters, pair by pair.
    private const string EscapedUnits = "\"\\/\b\f\n\r\t";
    private const string EscapeLetters = "\"\\/bfnrt";

    /// <summary>The same JSON value with its strings (names and values) escaped as PHP escapes them.</summary>
    public static byte[] Transcode(ReadOnlySpan<byte> json)
    {
        var output = new ArrayBufferWriter<byte>(json.Length + (json.Length / 8));
        var position = 0;
        while (position < json.Length)
        {
            var quote = json[position..].IndexOf((byte)'"');
            if (quote < 0)
            {
                output.Write(json[position..]);
                break;
            }

            output.Write(json.Slice(position, quote + 1));
            position = WriteStringContent(json, position + quote + 1, output);
        }

        return output.WrittenSpan.ToArray();
    }

    /// <summary>Rewrites one string's content from <paramref name="start"/> up to and including its closing quote; returns the position after it.</summary>
    private static int WriteStringContent(ReadOnlySpan<byte> json, int start, ArrayBufferWriter<byte> output)
    {
        Span<char> units = stackalloc char[2];
        var position = start;
        while (position < json.Length)
        {
            var current = json[position];
            if (current == '"')
            {
                output.Write("\""u8);
                return position + 1;
            }

            if (current == '\\')
            {
                position += Unescape(json[position..], out var unit);
                WriteUnit(unit, output);
                continue;
            }

            if (current < 0x80)
            {
                WriteUnit((char)current, output);
                position++;
                continue;
            }

            Rune.DecodeFromUtf8(json[position..], out var rune, out var consumed);
            var count = rune.EncodeToUtf16(units);
            for (var i = 0; i < count; i++)
            {
                WriteUnit(units[i], output);
            }

            position += consumed;
        }

        return position;
    }

    /// <summary>The UTF-16 unit a JSON escape stands for, and how many bytes the escape takes.</summary>
    private static int Unescape(ReadOnlySpan<byte> escape, out char unit)
    {
        var letter = escape.Length > 1 ? (char)escape[1] : '\\';
        if (letter == 'u' && escape.Length >= 6)
        {
            unit = (char)((HexValue(escape[2]) << 12) | (HexValue(escape[3]) << 8) | (HexValue(escape[4]) << 4) | HexValue(escape[5]));
            return 6;
        }

        var index = EscapeLetters.IndexOf(letter, StringComparison.Ordinal);
        unit = index < 0 ? letter : EscapedUnits[index];
        return Math.Min(2, escape.Length);
    }

    private static int HexValue(byte digit) => digit switch
    {
        >= (byte)'0' and <= (byte)'9' => digit - '0',
        >= (byte)'a' and <= (byte)'f' => digit - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => digit - 'A' + 10,
        _ => 0,
    };

    private static void WriteUnit(char unit, ArrayBufferWriter<byte> output)
    {
        var index = EscapedUnits.IndexOf(unit, StringComparison.Ordinal);
        if (index >= 0)
        {
            output.Write([(byte)'\\', (byte)EscapeLetters[index]]);
        }
        else if (unit is < ' ' or >= (char)0x80)
        {
            output.Write([(byte)'\\', (byte)'u', Hex(unit >> 12), Hex(unit >> 8), Hex(unit >> 4), Hex(unit)]);
        }
        else
        {
            output.Write([(byte)unit]);
        }
    }

    private static byte Hex(int value) => (byte)HexDigits[value & 0xf];
}
