using System;
using System.Text.Json;

namespace Bitrix24.Client.Auth;

/// <summary>
/// The members of a token pair as the token endpoint answers them and as <see cref="FileTokenStore"/> keeps them
/// (the same names). Reading is tolerant: a member of the wrong type is absent; only the two tokens are required.
/// </summary>
internal static class TokenJson
{
    /// <summary>The pair in <paramref name="root"/>, or null when it holds no non-empty access and refresh token.</summary>
    public static Bitrix24Tokens? Read(JsonElement root, DateTimeOffset? expiresAt)
    {
        if (root.ValueKind != JsonValueKind.Object || String(root, "access_token") is not { Length: > 0 } access || String(root, "refresh_token") is not { Length: > 0 } refresh)
        {
            return null;
        }

        return new Bitrix24Tokens(access, refresh, expiresAt)
        {
            MemberId = String(root, "member_id"),
            ClientEndpoint = String(root, "client_endpoint"),
            ServerEndpoint = String(root, "server_endpoint"),
            Domain = String(root, "domain"),
            Scope = String(root, "scope"),
            UserId = Integer(root, "user_id"),
            Status = String(root, "status"),
        };
    }

    /// <summary>Writes the pair's members (not the expiry, which each side writes its own way).</summary>
    public static void Write(Utf8JsonWriter writer, Bitrix24Tokens tokens)
    {
        writer.WriteString("access_token", tokens.AccessToken);
        writer.WriteString("refresh_token", tokens.RefreshToken);
        WriteOptional(writer, "member_id", tokens.MemberId);
        WriteOptional(writer, "client_endpoint", tokens.ClientEndpoint);
        WriteOptional(writer, "server_endpoint", tokens.ServerEndpoint);
        WriteOptional(writer, "domain", tokens.Domain);
        WriteOptional(writer, "scope", tokens.Scope);
        if (tokens.UserId is { } user)
        {
            writer.WriteNumber("user_id", user);
        }

        WriteOptional(writer, "status", tokens.Status);
    }

    private static string? String(JsonElement root, string name)
        => root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    // The portal writes ids as numbers or as strings of digits.
    private static long? Integer(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetInt64(out var number) => number,
            JsonValueKind.String when long.TryParse(value.GetString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => null,
        };
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }
}
