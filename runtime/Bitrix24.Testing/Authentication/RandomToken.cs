using System.Security.Cryptography;

namespace Bitrix24.Testing.Authentication;

/// <summary>Secrets and tokens as the portal hands them out: lower-case letters and digits, or lower-case hex.</summary>
internal static class RandomToken
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";

    public static string New(int length) => RandomNumberGenerator.GetString(Alphabet, length);

    /// <summary>Lower-case hexadecimal digits, as OAuth tokens and member ids are.</summary>
    public static string Hex(int length) => RandomNumberGenerator.GetHexString(length, lowercase: true);
}
