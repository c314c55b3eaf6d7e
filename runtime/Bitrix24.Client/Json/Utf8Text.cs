using System;
using System.Text;

namespace Bitrix24.Client.Json;

/// <summary>
/// What the client does with an answer that is not clean UTF-8: a byte-order mark is skipped, invalid sequences are
/// replaced with U+FFFD before reading, so one bad string does not cost the rest of the answer.
/// </summary>
internal static class Utf8Text
{
#if !NET
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
#endif

    /// <summary>The length of a UTF-8 byte-order mark at the start of <paramref name="bytes"/>: 3 or 0.</summary>
    public static int BomLength(ReadOnlySpan<byte> bytes)
        => bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;

    /// <summary>True when <paramref name="bytes"/> is valid UTF-8.</summary>
    public static bool IsValid(byte[] bytes)
    {
#if NET
        return System.Text.Unicode.Utf8.IsValid(bytes);
#else
        try
        {
            Strict.GetCharCount(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
#endif
    }

    /// <summary>The bytes with every invalid UTF-8 sequence replaced by U+FFFD.</summary>
    public static byte[] Sanitize(byte[] bytes) => Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes));
}
