using System;
using System.Buffers;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Bitrix24.Client.Errors;

namespace Bitrix24.Client.Http;

/// <summary>
/// Reads an answer's body, at most <see cref="Bitrix24ClientOptions.MaxResponseBytes"/> of it: a declared
/// <c>Content-Length</c> over the limit is refused before reading, and an undeclared length (chunked, or decompressed
/// by the handler) is counted while reading, which stops one byte past the limit. An endless body or a gzip bomb
/// costs at most the limit in memory.
/// </summary>
internal static class ResponseBody
{
    private const int FirstChunk = 16 * 1024;

    public static async Task<byte[]> ReadAsync(HttpResponseMessage response, string method, long maxBytes, CancellationToken cancellationToken)
    {
        var content = response.Content;
        var declared = content.Headers.ContentLength;
        if (declared > maxBytes)
        {
            throw new Bitrix24ResponseTooLargeException(method, (int)response.StatusCode, maxBytes);
        }

#if NET
        using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
#else
        using var stream = await content.ReadAsStreamAsync().ConfigureAwait(false);
#endif
        if (declared is { } length)
        {
            // The usual answer: its length is known, so it is read straight into an array of that size.
            var body = new byte[length];
            var read = await FillAsync(stream, body, 0, body.Length, cancellationToken).ConfigureAwait(false);
            return read == body.Length ? body : Truncate(body, read);
        }

        return await ReadUndeclaredAsync(stream, response, method, maxBytes, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<byte[]> ReadUndeclaredAsync(Stream stream, HttpResponseMessage response, string method, long maxBytes, CancellationToken cancellationToken)
    {
        // Reading stops one byte past the limit, which proves the answer is over it.
        var cap = (int)(maxBytes + 1);
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(FirstChunk, cap));
        try
        {
            var total = 0;
            while (true)
            {
                var end = Math.Min(buffer.Length, cap);
                total = await FillAsync(stream, buffer, total, end, cancellationToken).ConfigureAwait(false);
                if (total > maxBytes)
                {
                    throw new Bitrix24ResponseTooLargeException(method, (int)response.StatusCode, maxBytes);
                }

                if (total < end)
                {
                    return Truncate(buffer, total);
                }

                var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, cap));
                Buffer.BlockCopy(buffer, 0, larger, 0, total);
                ArrayPool<byte>.Shared.Return(buffer);
                buffer = larger;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads into <paramref name="buffer"/> from <paramref name="offset"/> up to <paramref name="end"/> or the stream's end; returns where the bytes now end.</summary>
    private static async Task<int> FillAsync(Stream stream, byte[] buffer, int offset, int end, CancellationToken cancellationToken)
    {
        while (offset < end)
        {
#if NET
            var read = await stream.ReadAsync(buffer.AsMemory(offset, end - offset), cancellationToken).ConfigureAwait(false);
#else
            var read = await stream.ReadAsync(buffer, offset, end - offset, cancellationToken).ConfigureAwait(false);
#endif
            if (read == 0)
            {
                break;
            }

            offset += read;
        }

        return offset;
    }

    private static byte[] Truncate(byte[] buffer, int length)
    {
        var body = new byte[length];
        Buffer.BlockCopy(buffer, 0, body, 0, length);
        return body;
    }
}
