using System;

namespace Bitrix24.Client.Transport;

/// <summary>
/// The shape of a REST method name, as the documentation writes them and the spec reader accepts them: dot-separated
/// parts, each a letter followed by letters, digits or <c>_</c> (<c>crm.deal.get</c>, <c>tasks.task.list</c>), at most
/// <see cref="MaxLength"/> characters. A name is the last segment of the URL it is sent to, so anything else
/// (<c>/</c>, <c>..</c>, <c>%2e</c>, <c>?</c>) is refused before sending.
/// </summary>
internal static class MethodNames
{
    /// <summary>The longest name accepted; documented names are under 100 characters.</summary>
    public const int MaxLength = 200;

    /// <summary>True when <paramref name="name"/> has the documented shape.</summary>
    public static bool IsValid(string? name)
    {
        if (name is null || name.Length == 0 || name.Length > MaxLength)
        {
            return false;
        }

        var partStart = true;
        foreach (var c in name)
        {
            if (partStart)
            {
                if (!IsAsciiLetter(c))
                {
                    return false;
                }

                partStart = false;
            }
            else if (c == '.')
            {
                partStart = true;
            }
            else if (!IsAsciiLetter(c) && c is not (>= '0' and <= '9' or '_'))
            {
                return false;
            }
        }

        return !partStart;
    }

    /// <summary>Throws unless <paramref name="name"/> has the documented shape; the message never quotes the name (it may be anything).</summary>
    /// <exception cref="ArgumentException">The name is not a REST method name.</exception>
    public static void Validate(string? name, string paramName)
    {
        if (name is null)
        {
            throw new ArgumentNullException(paramName);
        }

        if (!IsValid(name))
        {
            throw new ArgumentException(
                $"A REST method name is dot-separated parts, each a letter followed by letters, digits or '_' (crm.deal.get), at most {MaxLength} characters; this one ({name.Length} characters) is not, so it was not sent.",
                paramName);
        }
    }

    private static bool IsAsciiLetter(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';
}
