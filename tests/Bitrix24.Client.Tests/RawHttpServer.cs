using System;
using System.Collections.Concurrent;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Bitrix24.Client.Tests;

/// <summary>
/// An HTTP/1.1 server on 127.0.0.1 over a raw socket, for answers Kestrel will not send: an endless body, a length it
/// never delivers, a gzip bomb, a redirect to another listener. Each connection carries one request; the test writes
/// the answer's bytes itself and the server counts what it managed to send before the client hung up.
/// </summary>
internal sealed class RawHttpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Func<Exchange, CancellationToken, Task> _answer;
    private readonly Task _accepting;
    private long _bytesSent;

    public RawHttpServer(Func<Exchange, CancellationToken, Task> answer)
    {
        _answer = answer;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    /// <summary><c>127.0.0.1:port</c>.</summary>
    public string Authority => $"127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";

    /// <summary>A webhook URL on this server.</summary>
    public string WebhookUrl(string secret) => $"http://{Authority}/rest/1/{secret}/";

    /// <summary>The request lines received (<c>POST /rest/... HTTP/1.1</c>), in order.</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    /// <summary>Answer bytes written before the client closed the connection (or the answer ended).</summary>
    public long BytesSent => Interlocked.Read(ref _bytesSent);

    /// <summary>A server that answers every request with the same head and body.</summary>
    public static RawHttpServer Answering(string head, string body = "")
        => new((exchange, cancellationToken) => exchange.WriteAsync(Encoding.UTF8.GetBytes(head + body), cancellationToken));

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _listener.Stop();
        await _accepting.ConfigureAwait(false);
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient connection;
            try
            {
                connection = await _listener.AcceptTcpClientAsync(_stop.Token).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = ServeAsync(connection);
        }
    }

    private async Task ServeAsync(TcpClient connection)
    {
        using (connection)
        {
            var stream = connection.GetStream();
            try
            {
                var head = await ReadHeadAsync(stream, _stop.Token).ConfigureAwait(false);
                Requests.Enqueue(head.Split("\r\n")[0]);
                await _answer(new Exchange(this, stream, head), _stop.Token).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
                // The client hung up (as it should, on an answer it refuses) or the test ended.
            }
        }
    }

    // The head, then the body by Content-Length; the client sends small JSON bodies only.
    private static async Task<string> ReadHeadAsync(NetworkStream stream, CancellationToken cancellationToken)
    {
        var bytes = new MemoryStream();
        var one = new byte[1];
        while (bytes.Length < 64 * 1024 && !EndsWithBlankLine(bytes))
        {
            if (await stream.ReadAsync(one, cancellationToken).ConfigureAwait(false) == 0)
            {
                throw new IOException("The client closed before sending a request.");
            }

            bytes.WriteByte(one[0]);
        }

        var head = Encoding.ASCII.GetString(bytes.ToArray());
        foreach (var line in head.Split("\r\n"))
        {
            if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            {
                var body = new byte[int.Parse(line["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture)];
                await stream.ReadExactlyAsync(body, cancellationToken).ConfigureAwait(false);
            }
        }

        return head;
    }

    private static bool EndsWithBlankLine(MemoryStream bytes)
    {
        var buffer = bytes.GetBuffer();
        var length = (int)bytes.Length;
        return length >= 4 && buffer[length - 4] == '\r' && buffer[length - 3] == '\n' && buffer[length - 2] == '\r' && buffer[length - 1] == '\n';
    }

    /// <summary>One request and the means to answer it.</summary>
    internal sealed class Exchange(RawHttpServer server, NetworkStream stream, string head)
    {
        /// <summary>The request's head: request line and headers.</summary>
        public string Head { get; } = head;

        public async Task WriteAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
        {
            await stream.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
            Interlocked.Add(ref server._bytesSent, bytes.Length);
        }
    }
}
