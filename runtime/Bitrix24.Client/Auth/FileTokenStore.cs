using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace Bitrix24.Client.Auth;

/// <summary>
/// Keeps each portal's token pair in its own JSON file in a directory, written to a temporary file and moved into
/// place so a crash never leaves half a file. On Unix the directory is created 0700 and every file 0600 from its
/// first byte, whatever the umask, and a rotation keeps it 0600 (a directory that exists already keeps its mode).
/// On Windows the files inherit the directory's ACL: keep the directory in the user's profile or restrict it.
/// </summary>
public sealed class FileTokenStore : IBitrix24TokenStore
{
    /// <summary>The largest token file read; a pair with every member takes well under 4 KiB.</summary>
    public const int MaxFileBytes = 64 * 1024;

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
    /// <exception cref="InvalidDataException">The portal's file is larger than <see cref="MaxFileBytes"/> or is not a token pair.</exception>
    public ValueTask<Bitrix24Tokens?> LoadAsync(string portal, CancellationToken cancellationToken)
    {
        var path = PathOf(portal);
        if (!File.Exists(path))
        {
            return new((Bitrix24Tokens?)null);
        }

        var content = ReadSmall(path) ?? throw Damaged(path, $"is larger than {MaxFileBytes / 1024} KiB", null);
        try
        {
            using var document = JsonDocument.Parse(content);
            var root = document.RootElement;
            var expires = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("expires_at", out var at) && at.ValueKind == JsonValueKind.Number
                ? DateTimeOffset.FromUnixTimeSeconds(at.GetInt64())
                : (DateTimeOffset?)null;
            return new(TokenJson.Read(root, expires) ?? throw Damaged(path, "holds no access and refresh token", null));
        }
        catch (Exception exception) when (exception is JsonException or FormatException or ArgumentOutOfRangeException)
        {
            throw Damaged(path, "is not JSON of the expected shape", exception is JsonException ? null : exception);
        }
    }

    /// <inheritdoc />
    public ValueTask SaveAsync(string portal, Bitrix24Tokens tokens, CancellationToken cancellationToken)
    {
        if (tokens is null)
        {
            throw new ArgumentNullException(nameof(tokens));
        }

        PrivateFiles.CreateDirectory(_directory);
        var path = PathOf(portal);
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            using (var stream = PrivateFiles.Create(temporary))
            using (var writer = new Utf8JsonWriter(stream))
            {
                writer.WriteStartObject();
                writer.WriteString("portal", portal);
                TokenJson.Write(writer, tokens);
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
        }
        catch (Exception) when (File.Exists(temporary))
        {
            // A failed write (a full disk) leaves no half-written temporary file with tokens in it.
            File.Delete(temporary);
            throw;
        }

        return default;
    }

    // The message names the file, never its content: the file holds live tokens.
    private static InvalidDataException Damaged(string path, string why, Exception? inner)
        => new($"The token file {path} {why}; it is not a token pair written by {nameof(FileTokenStore)}.", inner);

    // Reads at most MaxFileBytes, whatever the file claims to be (a device or a pipe has no length): null when larger.
    private static ReadOnlyMemory<byte>? ReadSmall(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1);
        if (stream.CanSeek && stream.Length > MaxFileBytes)
        {
            return null;
        }

        var buffer = new byte[MaxFileBytes + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = stream.Read(buffer, length, buffer.Length - length)) > 0)
        {
            length += read;
        }

        return length > MaxFileBytes ? null : new ReadOnlyMemory<byte>(buffer, 0, length);
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
