using System;

namespace Bitrix24.Client.Errors;

/// <summary>Compares an error message from the portal with a documented one.</summary>
public static class ErrorMessages
{
    /// <summary>
    /// True when <paramref name="actual"/> is <paramref name="documented"/>, ignoring case, surrounding white space and
    /// trailing <c>.</c>/<c>!</c> (the docs and the portal disagree on them).
    /// </summary>
    public static bool Matches(string? actual, string documented)
        => string.Equals(Normalize(actual), Normalize(documented), StringComparison.OrdinalIgnoreCase);

    private static string Normalize(string? message) => (message ?? string.Empty).Trim().TrimEnd('.', '!', ' ');
}
