using System.Security.Cryptography;

namespace Bitrix24.Testing.Authentication;

/// <summary>Secrets and tokens as the portal hands them out: lower-case letters and digits.</summary>
internal static class RandomToken
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";

    public static string New(int length) => RandomNumberGenerator.GetString(Alphabet, length);
}
