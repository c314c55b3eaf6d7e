using System;
using System.Diagnostics;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Bitrix24.Client.Errors;
using Bitrix24.Client.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bitrix24.Client.Transport;

/// <summary>
/// Calls one portal through an incoming webhook: POSTs JSON to <c>/rest/&lt;user&gt;/&lt;secret&gt;/&lt;method&gt;</c>
/// (REST 3.0: <c>/rest/api/...</c>), reads the envelope, and turns error answers into typed exceptions. The webhook
/// secret never appears in its exceptions, <see cref="ToString"/> or log lines.
/// </summary>
public sealed class Bitrix24Client : IBitrix24Transport, IDisposable
{
    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json") { CharSet = "utf-8" };
    private static readonly Bitrix24Method<JsonElement> UntypedMethod = new("call", 2, isRead: false, JsonValueReader.TryReadRawItem, mapError: null);

    // Non-ASCII text (Cyrillic names, say) goes as UTF-8, not as \uXXXX escapes six times its size; the body is
    // JSON for the portal, never embedded in HTML.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // Method URLs are parsed once per client, not per call.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Method, int Version), Uri> _uris = new();
    private readonly HttpClient _http;
    private readonly bool _ownsHttp;
    private readonly TimeSpan _timeout;
    private readonly ILogger _logger;

    /// <summary>Creates a client.</summary>
    /// <param name="options">The webhook URL and timeouts.</param>
    /// <param name="httpClient">The HttpClient to send with (from IHttpClientFactory, say); one is created and owned when null.</param>
    /// <param name="logger">Receives one line per call (method, status, duration); never the URL.</param>
    /// <exception cref="ArgumentException">The webhook URL is invalid, or http:// to a non-loopback host.</exception>
    public Bitrix24Client(Bitrix24ClientOptions options, HttpClient? httpClient = null, ILogger<Bitrix24Client>? logger = null)
    {
        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        Address = WebhookAddress.Parse(options.WebhookUrl);
        _timeout = options.RequestTimeout;
        _ownsHttp = httpClient is null;
        _http = httpClient ?? new HttpClient { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>Creates a client for a webhook URL with default options.</summary>
    public Bitrix24Client(string webhookUrl, HttpClient? httpClient = null)
        : this(new Bitrix24ClientOptions { WebhookUrl = webhookUrl }, httpClient)
    {
    }

    /// <summary>The portal and user this client calls as (the secret stays hidden).</summary>
    public WebhookAddress Address { get; }

    /// <inheritdoc />
    public Task<Bitrix24Response<TResult>> SendAsync<TResult>(Bitrix24Method<TResult> method, IBitrix24Request? request, CancellationToken cancellationToken)
    {
        if (method is null)
        {
            throw new ArgumentNullException(nameof(method));
        }

        return SendCoreAsync(method, method.Name, Serialize(request), cancellationToken);
    }

    /// <inheritdoc />
    public Task<Bitrix24Response<JsonElement>> CallAsync(string method, string parametersJson, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(method))
        {
            throw new ArgumentException("A REST method name is required.", nameof(method));
        }

        return SendCoreAsync(UntypedMethod, method, Parameters(parametersJson), cancellationToken);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_ownsHttp)
        {
            _http.Dispose();
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"Bitrix24Client({Address.Redacted})";

    private async Task<Bitrix24Response<TResult>> SendCoreAsync<TResult>(Bitrix24Method<TResult> method, string name, byte[] body, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_timeout);
        var token = timeout.Token;
        var started = Stopwatch.GetTimestamp();
        using var message = new HttpRequestMessage(HttpMethod.Post, _uris.GetOrAdd((name, method.RestVersion), key => Address.MethodUri(key.Method, key.Version)))
        {
            Content = new ByteArrayContent(body) { Headers = { ContentType = JsonContentType } },
        };

        byte[] answer;
        int status;
        try
        {
            using var response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, token).ConfigureAwait(false);
            status = (int)response.StatusCode;
            answer = await ReadBodyAsync(response, token).ConfigureAwait(false);
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            Log.CallFailed(_logger, name, "timeout", null);
            throw new Bitrix24TransportException(name, $"{name} did not answer within {_timeout.TotalSeconds:0.#} s.", isTimeout: true, exception);
        }
        catch (HttpRequestException exception)
        {
            Log.CallFailed(_logger, name, "transport", null);
            throw new Bitrix24TransportException(name, $"{name} could not reach {Address.Portal.Host}: {Address.Redact(exception.Message)}", isTimeout: false, exception);
        }

        Log.Called(_logger, name, status, Elapsed(started));
        return ResponseEnvelope.Read(method.Name == name ? method : Rename(method, name), answer, status);
    }

    private static async Task<byte[]> ReadBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
#if NET
        return await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
#else
        using var stream = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, 81920, cancellationToken).ConfigureAwait(false);
        return buffer.ToArray();
#endif
    }

    private static byte[] Serialize(IBitrix24Request? request)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            if (request is null)
            {
                writer.WriteStartObject();
                writer.WriteEndObject();
            }
            else
            {
                request.WriteTo(writer);
            }
        }

        return buffer.ToArray();
    }

    private static byte[] Parameters(string? parametersJson)
    {
        if (string.IsNullOrWhiteSpace(parametersJson))
        {
            return Encoding.UTF8.GetBytes("{}");
        }

        try
        {
            using var document = JsonDocument.Parse(parametersJson!);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new ArgumentException("The parameters must be one JSON object.", nameof(parametersJson));
            }
        }
        catch (JsonException exception)
        {
            throw new ArgumentException($"The parameters are not valid JSON: {exception.Message}", nameof(parametersJson), exception);
        }

        return Encoding.UTF8.GetBytes(parametersJson);
    }

    // The untyped escape hatch reports errors under the method actually called.
    private static Bitrix24Method<TResult> Rename<TResult>(Bitrix24Method<TResult> method, string name)
        => new(name, method.RestVersion, method.IsRead, method.ParseResult, method.MapError);

    private static double Elapsed(long started) => (Stopwatch.GetTimestamp() - started) * 1000.0 / Stopwatch.Frequency;
}
