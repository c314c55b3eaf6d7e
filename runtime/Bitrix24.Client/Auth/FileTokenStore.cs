using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace Bitrix24.Client.Auth;

/// <summary>
/// Keeps each portal's token pair in its own JSON file in a directory, written to a temporary file and moved into
/// place so a crash never leaves half a file. Protect the directory: the files hold live tokens.
/// </summary>
public sealed class FileTokenStore : IBitrix24TokenStore
{
    private readonly string _directory;

    /// <summary>Creates a store in <paramref name="directory"/> (created when missing).</summary>
    public FileTokenStore(string directory)
    {
        if (string.IsNullOrWhiteSpace(directory))
        {
            throw new ArgumentException("A directory is required.", nameof(directory));
        }

        _directory = Path.GetFullPath(directory);
    }

    /// <inheritdoc />
    public ValueTask<Bitrix24Tokens?> LoadAsync(string portal, CancellationToken cancellationToken)
    {
        var path = PathOf(portal);
        if (!File.Exists(path))
        {
            return new((Bitrix24Tokens?)null);
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = document.RootElement;
            var expires = root.TryGetProperty("expires_at", out var at) && at.ValueKind == JsonValueKind.Number ? DateTimeOffset.FromUnixTimeSeconds(at.GetInt64()) : (DateTimeOffset?)null;
            var access = root.GetProperty("access_token").GetString();
            var refresh = root.GetProperty("refresh_token").GetString();
            if (string.IsNullOrEmpty(access) || string.IsNullOrEmpty(refresh))
            {
                throw new InvalidDataException($"The token file {path} has an empty token.");
            }

            return new(new Bitrix24Tokens(access!, refresh!, expires));
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or ArgumentOutOfRangeException)
        {
            // The message names the file, never its content: the file holds live tokens.
            throw new InvalidDataException($"The token file {path} is not a token pair written by {nameof(FileTokenStore)}.", exception is JsonException ? null : exception);
        }
    }

    /// <inheritdoc />
    public ValueTask SaveAsync(string portal, Bitrix24Tokens tokens, CancellationToken cancellationToken)
    {
        if (tokens is null)
        {
            throw new ArgumentNullException(nameof(tokens));
        }

        Directory.CreateDirectory(_directory);
        var path = PathOf(portal);
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        using (var stream = File.Create(temporary))
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteString("portal", portal);
            writer.WriteString("access_token", tokens.AccessToken);
            writer.WriteString("refresh_token", tokens.RefreshToken);
            if (tokens.ExpiresAt is { } expires)
            {
                writer.WriteNumber("expires_at", expires.ToUnixTimeSeconds());
            }

            writer.WriteEndObject();
        }

        if (File.Exists(path))
        {
            File.Replace(temporary, path, destinationBackupFileName: null);
        }
        else
        {
            File.Move(temporary, path);
        }

        return default;
    }

    private string PathOf(string portal)
    {
        if (string.IsNullOrWhiteSpace(portal))
        {
            throw new ArgumentException("A portal is required.", nameof(portal));
        }

        var name = new string(portal.Select(c => char.IsLetterOrDigit(c) || c is '.' or '-' ? char.ToLowerInvariant(c) : '_').ToArray());
        return Path.Combine(_directory, name + ".tokens.json");
    }
}
