using System;
using System.IO;
using System.IO.Compression;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Bitrix24.Client.Errors;
using Bitrix24.Client.Transport;

namespace Bitrix24.Client.Tests;

/// <summary>
/// Answers larger than <see cref="Bitrix24ClientOptions.MaxResponseBytes"/> over real HTTP: an endless chunked body,
/// a 1 GB declared length, a gzip bomb. Each ends in a typed error after at most the limit has been read. Not run in
/// parallel with other tests, so the process's allocation count is this test's own.
/// </summary>
[Collection(nameof(ResponseSizeLimitTests))]
[CollectionDefinition(nameof(ResponseSizeLimitTests), DisableParallelization = true)]
public sealed class ResponseSizeLimitTests
{
    private const string Secret = "s1z3l1m1ts3cr3t0";
    private const long Limit = 1024 * 1024;

    // Far more than the 1 MiB limit and the socket buffers between the two ends, far less than the old code took.
    private const long Bounded = 64L * 1024 * 1024;

    private static readonly byte[] Filler = Encoding.ASCII.GetBytes(new string('a', 64 * 1024));

    [Fact]
    public async Task An_endless_chunked_body_stops_at_the_limit()
    {
        await using var server = new RawHttpServer(async (exchange, cancellationToken) =>
        {
            await exchange.WriteAsync(Ascii("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"), cancellationToken);
            await exchange.WriteAsync(Chunk(Ascii("{\"result\":\"")), cancellationToken);
            var chunk = Chunk(Filler);
            for (var sent = 0L; sent < 4 * Bounded; sent += Filler.Length)
            {
                await exchange.WriteAsync(chunk, cancellationToken);
            }
        });

        var error = await CallAsync(server);

        Assert.Equal((Limit, 200), (error.MaxBytes, error.StatusCode));
        Assert.InRange(server.BytesSent, Limit, Bounded);
    }

    [Fact]
    public async Task A_declared_length_over_the_limit_is_refused_before_reading()
    {
        await using var server = new RawHttpServer(async (exchange, cancellationToken) =>
        {
            await exchange.WriteAsync(Ascii("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1073741824\r\n\r\n{\"result\":\""), cancellationToken);
            for (var sent = 0L; sent < 4 * Bounded; sent += Filler.Length)
            {
                await exchange.WriteAsync(Filler, cancellationToken);
            }
        });
        var allocated = GC.GetTotalAllocatedBytes(precise: true);

        var error = await CallAsync(server);

        Assert.Equal(Limit, error.MaxBytes);
        Assert.InRange(server.BytesSent, 0, Bounded);
        Assert.InRange(GC.GetTotalAllocatedBytes(precise: true) - allocated, 0, Bounded);
    }

    [Fact]
    public async Task A_gzip_bomb_is_counted_after_decompression()
    {
        const long inflated = 1024L * 1024 * 1024;
        var bomb = GzipOfZeros(inflated);
        await using var server = new RawHttpServer(async (exchange, cancellationToken) =>
        {
            await exchange.WriteAsync(Ascii($"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\nContent-Length: {bomb.Length}\r\n\r\n"), cancellationToken);
            await exchange.WriteAsync(bomb, cancellationToken);
        });
        var allocated = GC.GetTotalAllocatedBytes(precise: true);

        var error = await CallAsync(server);

        Assert.Equal(Limit, error.MaxBytes);
        Assert.True(bomb.Length < Limit, "The compressed answer itself is under the limit; only its inflated size is over it.");
        Assert.InRange(GC.GetTotalAllocatedBytes(precise: true) - allocated, 0, Bounded);
    }

    [Fact]
    public async Task Answers_up_to_the_limit_are_read_whole_with_or_without_a_declared_length()
    {
        var body = "{\"result\":\"" + new string('b', (int)Limit - 13) + "\"}";
        Assert.Equal(Limit, body.Length);
        await using var declared = RawHttpServer.Answering($"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n", body);
        await using var chunked = new RawHttpServer(async (exchange, cancellationToken) =>
        {
            await exchange.WriteAsync(Ascii("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"), cancellationToken);
            await exchange.WriteAsync(Chunk(Ascii(body)), cancellationToken);
            await exchange.WriteAsync(Ascii("0\r\n\r\n"), cancellationToken);
        });

        foreach (var server in new[] { declared, chunked })
        {
            using var client = Client(server);
            var response = await client.CallAsync("test.big.get", "{}", TestContext.Current.CancellationToken);
            Assert.Equal(Limit - 13, response.Result.GetString()!.Length);
        }
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(-1L)]
    [InlineData(Bitrix24ClientOptions.LargestMaxResponseBytes + 1)]
    public void An_out_of_range_limit_is_refused(long maxBytes)
    {
        var error = Assert.Throws<ArgumentException>(() => new Bitrix24Client(new Bitrix24ClientOptions { WebhookUrl = $"https://portal.example/rest/1/{Secret}/", MaxResponseBytes = maxBytes }));

        Assert.Contains("MaxResponseBytes", error.Message);
    }

    [Fact]
    public void The_default_limit_is_64_MiB()
        => Assert.Equal(64L * 1024 * 1024, new Bitrix24ClientOptions().MaxResponseBytes);

    private static async Task<Bitrix24ResponseTooLargeException> CallAsync(RawHttpServer server)
    {
        using var client = Client(server);
        var error = await Assert.ThrowsAsync<Bitrix24ResponseTooLargeException>(() => client.CallAsync("test.big.get", "{}", TestContext.Current.CancellationToken));
        Assert.Equal("test.big.get", error.Method);
        Assert.DoesNotContain(Secret, error.ToString());
        return error;
    }

    // The client's own handler (decompression on), reads retried as they would be: the limit must not be.
    private static Bitrix24Client Client(RawHttpServer server)
        => new(new Bitrix24ClientOptions { WebhookUrl = server.WebhookUrl(Secret), MaxResponseBytes = Limit, RateLimit = { Enabled = false }, Retry = { MaxRetries = 2, BaseDelay = TimeSpan.FromMilliseconds(1) } });

    private static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);

    private static byte[] Chunk(byte[] data)
    {
        var head = Ascii($"{data.Length:x}\r\n");
        var chunk = new byte[head.Length + data.Length + 2];
        head.CopyTo(chunk, 0);
        data.CopyTo(chunk, head.Length);
        chunk[^2] = (byte)'\r';
        chunk[^1] = (byte)'\n';
        return chunk;
    }

    private static byte[] GzipOfZeros(long length)
    {
        var zeros = new byte[1024 * 1024];
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            for (var written = 0L; written < length; written += zeros.Length)
            {
                gzip.Write(zeros);
            }
        }

        return compressed.ToArray();
    }
}
