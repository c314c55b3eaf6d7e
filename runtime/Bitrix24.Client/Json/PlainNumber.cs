using System;

namespace Bitrix24.Client.Json;

/// <summary>
/// The plain decimal forms the portal quotes (ids <c>"410"</c>, money <c>"3607999.00"</c>), parsed from their UTF-8
/// bytes without a string and on every target framework alike. Only forms whose value is exact by construction are
/// taken; anything else (spaces, exponents, more digits than fit) returns false and is left to the culture-invariant
/// string parsing, which gives the same value for every form taken here.
/// </summary>
internal static class PlainNumber
{
    // Integers of up to 18 digits cannot overflow a long; doubles of up to 15 digits are exact in a double's 53 bits.
    private const int Int64Digits = 18;
    private const int DoubleDigits = 15;

    // The powers of ten a double holds exactly (up to 10^22); larger scales are left to the string parsing.
    private static readonly double[] PowersOfTen =
    [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];

    /// <summary><c>-?[0-9]{1,18}</c>.</summary>
    public static bool TryParseInt64(ReadOnlySpan<byte> text, out long value)
    {
        value = 0;
        var negative = text.Length > 0 && text[0] == (byte)'-';
        var digits = negative ? text.Slice(1) : text;
        if (digits.Length is 0 or > Int64Digits || !TryAccumulate(digits, ref value))
        {
            return false;
        }

        value = negative ? -value : value;
        return true;
    }

    /// <summary>
    /// <c>-?[0-9]+(\.[0-9]*)?</c> with at most 15 digits in all: the digits as an integer divided by a power of ten, both
    /// exact in a double, so the one IEEE division gives the correctly rounded value, as <c>double.Parse</c> does.
    /// </summary>
    public static bool TryParseDouble(ReadOnlySpan<byte> text, out double value)
    {
        value = 0;
        var negative = text.Length > 0 && text[0] == (byte)'-';
        var number = negative ? text.Slice(1) : text;
        var point = number.IndexOf((byte)'.');
        var whole = point < 0 ? number : number.Slice(0, point);
        var fraction = point < 0 ? ReadOnlySpan<byte>.Empty : number.Slice(point + 1);
        long mantissa = 0;
        if (whole.Length == 0 || whole.Length + fraction.Length > DoubleDigits
            || !TryAccumulate(whole, ref mantissa) || !TryAccumulate(fraction, ref mantissa))
        {
            return false;
        }

        var magnitude = mantissa / PowersOfTen[fraction.Length];
        value = negative ? -magnitude : magnitude;
        return true;
    }

    private static bool TryAccumulate(ReadOnlySpan<byte> digits, ref long value)
    {
        foreach (var digit in digits)
        {
            if (digit is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            value = (value * 10) + (digit - '0');
        }

        return true;
    }
}
