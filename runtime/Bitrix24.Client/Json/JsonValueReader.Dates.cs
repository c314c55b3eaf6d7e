using System;
using System.Globalization;
using System.Text.Json;

namespace Bitrix24.Client.Json;

/// <summary>Dates, date-times and Unix timestamps, in every form the portal sends them.</summary>
public static partial class JsonValueReader
{
    /// <summary>A date, <c>YYYY-MM-DD</c> (a date-time string gives its date part); <c>null</c> and <c>""</c> give null.</summary>
    public static bool TryReadDate(ref Utf8JsonReader reader, out DateTime? value)
    {
        if (TryReadIsoWithOffset(ref reader, out var iso))
        {
            value = iso.Date;
            return true;
        }

        value = null;
        if (!TryReadDateTimeText(ref reader, out var text, out var isMissing))
        {
            return false;
        }

        if (isMissing)
        {
            return true;
        }

        if (DateTime.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            value = date.Date;
            return true;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var dateTime))
        {
            value = dateTime.Date;
            return true;
        }

        return false;
    }

    /// <summary>
    /// A date and time: ISO 8601 with offset, the portal's <c>dd.MM.yyyy HH:mm:ss</c> site format (taken as UTC),
    /// or Unix seconds. <c>null</c> and <c>""</c> give null.
    /// </summary>
    public static bool TryReadDateTime(ref Utf8JsonReader reader, out DateTimeOffset? value)
    {
        value = null;
        if (reader.TokenType == JsonTokenType.Number)
        {
            return TryReadTimestamp(ref reader, out value);
        }

        if (TryReadIsoWithOffset(ref reader, out var iso))
        {
            value = iso;
            return true;
        }

        if (!TryReadDateTimeText(ref reader, out var text, out var isMissing))
        {
            return false;
        }

        if (isMissing)
        {
            return true;
        }

        if (DateTimeOffset.TryParseExact(text, SiteDateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var site)
            || DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out site))
        {
            value = site;
            return true;
        }

        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && TryFromUnixSeconds(seconds, out value);
    }

    /// <summary>Unix seconds from a number or numeric string (an ISO 8601 string is accepted too); <c>null</c> and <c>""</c> give null.</summary>
    public static bool TryReadTimestamp(ref Utf8JsonReader reader, out DateTimeOffset? value)
    {
        value = null;
        if (reader.TokenType == JsonTokenType.String)
        {
            if (TryParsePlainDouble(ref reader, out var plain))
            {
                return TryFromUnixSeconds(plain, out value);
            }

            if (!TryGetTrimmedText(ref reader, out var text))
            {
                return false;
            }

            if (text.Length == 0)
            {
                return true;
            }

            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
            {
                return TryFromUnixSeconds(parsed, out value);
            }

            if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var iso))
            {
                value = iso;
                return true;
            }

            return false;
        }

        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        return reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var number) && TryFromUnixSeconds(number, out value);
    }

    /// <summary>
    /// A duration: <c>hh:mm:ss</c> or <c>hh:mm</c> (hours may pass 24, <c>"125:30:00"</c>; a leading <c>-</c> is
    /// negative), or seconds as a number or numeric string. <c>null</c> and <c>""</c> give null.
    /// </summary>
    public static bool TryReadDuration(ref Utf8JsonReader reader, out TimeSpan? value)
    {
        value = null;
        if (reader.TokenType == JsonTokenType.Number)
        {
            return reader.TryGetDouble(out var seconds) && TryFromSeconds(seconds, out value);
        }

        if (!TryReadDateTimeText(ref reader, out var text, out var isMissing))
        {
            return false;
        }

        if (isMissing)
        {
            return true;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return TryFromSeconds(number, out value);
        }

        var negative = text.StartsWith("-", StringComparison.Ordinal);
        var parts = (negative ? text.Substring(1) : text).Split(':');
        if (parts.Length is not (2 or 3))
        {
            return false;
        }

        var total = 0.0;
        for (var i = 0; i < parts.Length; i++)
        {
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out var part) || (i > 0 && (part > 59 || parts[i].Length != 2)))
            {
                return false;
            }

            total = (total * 60) + part;
        }

        return TryFromSeconds((negative ? -total : total) * (parts.Length == 2 ? 60 : 1), out value);
    }

    /// <summary>Element reader for durations.</summary>
    public static bool TryReadDurationItem(ref Utf8JsonReader reader, out TimeSpan value) => Item(TryReadDuration(ref reader, out var v), v, out value);

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd.MM.yyyy"];

    private static readonly string[] SiteDateTimeFormats = ["dd.MM.yyyy HH:mm:ss", "dd.MM.yyyy HH:mm", "dd.MM.yyyy"];

    /// <summary>
    /// The portal's usual form, ISO 8601 with an explicit offset or <c>Z</c> (<c>2024-08-30T14:29:00+02:00</c>), read by
    /// System.Text.Json's own parser without making a string: several times faster than the culture-aware parsing below,
    /// which every other form (no offset, site format, spaces, escapes) still takes. Only with an explicit offset, since
    /// System.Text.Json takes a date-time without one as local time where this reader assumes UTC.
    /// </summary>
    private static bool TryReadIsoWithOffset(ref Utf8JsonReader reader, out DateTimeOffset value)
    {
        value = default;
        if (reader.TokenType != JsonTokenType.String || reader.HasValueSequence)
        {
            return false;
        }

        var text = reader.ValueSpan;
        var length = text.Length;
        var hasOffset = length > 19 && (text[length - 1] == (byte)'Z' || (length >= 25 && text[length - 6] is (byte)'+' or (byte)'-' && text[length - 3] == (byte)':'));
        return hasOffset && reader.TryGetDateTimeOffset(out value);
    }

    private static bool TryReadDateTimeText(ref Utf8JsonReader reader, out string text, out bool isMissing)
    {
        text = string.Empty;
        isMissing = false;
        if (reader.TokenType == JsonTokenType.Null)
        {
            isMissing = true;
            return true;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            return false;
        }

        if (!TryGetTrimmedText(ref reader, out text))
        {
            return false;
        }

        isMissing = text.Length == 0;
        return true;
    }


    private static bool TryFromSeconds(double seconds, out TimeSpan? value)
    {
        value = null;
        if (double.IsNaN(seconds) || Math.Abs(seconds) > TimeSpan.MaxValue.TotalSeconds - 1)
        {
            return false;
        }

        value = TimeSpan.FromTicks((long)Math.Round(seconds * TimeSpan.TicksPerSecond));
        return true;
    }

    private static bool TryFromUnixSeconds(double seconds, out DateTimeOffset? value)
    {
        value = null;
        const double min = -62135596800;
        const double max = 253402300799;
        if (double.IsNaN(seconds) || seconds < min || seconds > max)
        {
            return false;
        }

        value = DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(seconds * 1000));
        return true;
    }
}
