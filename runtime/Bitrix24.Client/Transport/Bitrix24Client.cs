using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Runtime.ExceptionServices;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Bitrix24.Client.Auth;
using Bitrix24.Client.Batch;
using Bitrix24.Client.Errors;
using Bitrix24.Client.Json;
using Bitrix24.Client.Limits;
using Bitrix24.Client.Telemetry;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;
using Polly.Retry;

namespace Bitrix24.Client.Transport;

/// <summary>
/// Calls one portal, through an incoming webhook or as an OAuth application: POSTs JSON to
/// <c>/rest/…/&lt;method&gt;</c> (REST 3.0: <c>/rest/api/…</c>), paces itself to the portal's request-rate and
/// operating limits, retries what is safe to retry, refreshes OAuth tokens once for all waiting calls, and turns
/// error answers into typed exceptions. Secrets and tokens never appear in its exceptions, logs, metrics or traces.
/// </summary>
public sealed class Bitrix24Client : IBitrix24Transport, IBitrix24SeriesGate, IDisposable
{
    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json") { CharSet = "utf-8" };
    private static readonly Bitrix24Method<JsonElement> UntypedMethod = new("call", 2, isRead: false, JsonValueReader.TryReadRawItem, mapError: null);
    private static readonly ResiliencePropertyKey<CallState> CallKey = new("bitrix24.call");

    // Non-ASCII text (Cyrillic names, say) goes as UTF-8, not as \uXXXX escapes six times its size; the body is
    // JSON for the portal, never embedded in HTML.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

#if NET
    [ThreadStatic]
    private static System.Buffers.ArrayBufferWriter<byte>? ThreadBuffer;

    [ThreadStatic]
    private static Utf8JsonWriter? ThreadWriter;
#endif

    // Method URLs are built once per client, not per call.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Method, int Version), Uri> _uris = new();
    private readonly Func<(string Method, int Version), Uri> _uriOf;
    private readonly HttpClient _http;
    private readonly bool _ownsHttp;
    private readonly Bitrix24ClientOptions _options;
    private readonly ILogger _logger;
    private readonly IAuthenticator _auth;
    private readonly Func<string, string> _redact;
    private readonly PortalRegistry.PortalState _portal;
    private readonly OperatingBudget _budget;
    private readonly System.Threading.RateLimiting.RateLimiter? _bucket;
    private readonly ResiliencePipeline _pipeline;

    /// <summary>Creates a client.</summary>
    /// <param name="options">The webhook URL or OAuth application, timeouts and limits.</param>
    /// <param name="httpClient">The HttpClient to send with (from IHttpClientFactory, say, with <see cref="Bitrix24HttpHandler.Create"/> as its primary handler); one is created and owned when null. It must not follow redirects: an answer that came through a followed redirect is refused with a <see cref="Bitrix24RedirectException"/>, but the request was sent there.</param>
    /// <param name="logger">Receives one line per call (method, status, duration, retries); never a URL, body or secret.</param>
    /// <exception cref="ArgumentException">The webhook URL or OAuth settings are invalid, or use http:// to a non-loopback host, or <see cref="Bitrix24ClientOptions.MaxResponseBytes"/> is out of range.</exception>
    public Bitrix24Client(Bitrix24ClientOptions options, HttpClient? httpClient = null, ILogger<Bitrix24Client>? logger = null)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        options.RateLimit.Validate();
        if (options.RequestTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentException("The request timeout must be positive.", nameof(options));
        }

        if (options.MaxResponseBytes is <= 0 or > Bitrix24ClientOptions.LargestMaxResponseBytes)
        {
            throw new ArgumentException($"MaxResponseBytes must be between 1 and {Bitrix24ClientOptions.LargestMaxResponseBytes}.", nameof(options));
        }

        _ownsHttp = httpClient is null;
        _http = httpClient ?? new HttpClient(Bitrix24HttpHandler.Create()) { Timeout = Timeout.InfiniteTimeSpan };
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        if (options.OAuth is { } oauth)
        {
            _auth = new OAuthAuthenticator(oauth, _http, options.RequestTimeout, _logger, OnTokenRefreshed);
        }
        else
        {
            Address = WebhookAddress.Parse(options.WebhookUrl);
            _auth = new WebhookAuthenticator(Address);
        }

        _redact = _auth.Redact;
        _portal = PortalRegistry.For(_auth.PortalKey);
        _budget = _portal.Budget(_auth.Caller);
        _bucket = options.RateLimit.Enabled ? _portal.Bucket(options.RateLimit) : null;
        _pipeline = BuildPipeline(options.Retry);
        _uriOf = key => _auth.MethodUri(key.Method, key.Version);
    }

    /// <summary>Creates a client for a webhook URL with default options.</summary>
    public Bitrix24Client(string webhookUrl, HttpClient? httpClient = null)
        : this(new Bitrix24ClientOptions { WebhookUrl = webhookUrl }, httpClient)
    {
    }

    /// <summary>The webhook this client calls through (the secret stays hidden); null for an OAuth application.</summary>
    public WebhookAddress? Address { get; }

    /// <summary>The portal's host (and port when not the default).</summary>
    public string Portal => _auth.PortalKey;

    /// <summary>What this client has sent, retried, refreshed and waited so far.</summary>
    public Bitrix24ClientStatistics Statistics { get; } = new();

    /// <summary>Starts a batch on this client; see <see cref="Bitrix24Batch"/>.</summary>
    /// <param name="halt">Stop at the first failing command.</param>
    public Bitrix24Batch Batch(bool halt = false) => new(this, halt);

    /// <inheritdoc />
    public Task<Bitrix24Response<TResult>> SendAsync<TResult>(Bitrix24Method<TResult> method, IBitrix24Request? request, CancellationToken cancellationToken)
    {
        if (method is null)
        {
            throw new ArgumentNullException(nameof(method));
        }

        return SendCoreAsync(new Call<TResult>(method, method.Name, Serialize(request), request as BatchRequest), cancellationToken);
    }

    /// <inheritdoc />
    public Task<Bitrix24Response<JsonElement>> CallAsync(string method, string parametersJson, CancellationToken cancellationToken = default)
    {
        MethodNames.Validate(method, nameof(method));
        return SendCoreAsync(new Call<JsonElement>(UntypedMethod, method, Parameters(parametersJson), null), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IDisposable> EnterSeriesAsync(CancellationToken cancellationToken)
    {
        await _portal.Series.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new SeriesLease(_portal.Series);
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
    public override string ToString() => Address is null ? $"Bitrix24Client(https://{_auth.PortalKey}/, OAuth)" : $"Bitrix24Client({Address.Redacted})";

    private async Task<Bitrix24Response<TResult>> SendCoreAsync<TResult>(Call<TResult> call, CancellationToken cancellationToken)
    {
        using var activity = Bitrix24Telemetry.Source.StartActivity("Bitrix24.Call", ActivityKind.Client);
        activity?.SetTag("bitrix24.method", call.Name);
        activity?.SetTag("server.address", _auth.PortalKey);
        activity?.SetTag("bitrix24.rest_version", call.Method.RestVersion);
        var started = Stopwatch.GetTimestamp();
        try
        {
            Bitrix24Response<TResult> response;
            try
            {
                response = await AttemptAsync(call, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception failure) when (_options.Retry.MaxRetries > 0 && RetryDecision.Reason(failure, call.CanRepeat) is not null)
            {
                response = await RetryAsync(call, ExceptionDispatchInfo.Capture(failure), cancellationToken).ConfigureAwait(false);
            }

            if (Bitrix24Telemetry.Calls.Enabled)
            {
                Bitrix24Telemetry.Calls.Add(1, Bitrix24Telemetry.Tag("bitrix24.method", call.Name), Bitrix24Telemetry.Tag("outcome", "ok"));
            }

            return response;
        }
        catch (Exception exception)
        {
            var code = exception switch
            {
                Bitrix24Exception { Code.Length: > 0 } error => error.Code,
                Bitrix24AuthenticationException auth when auth.Code.Length > 0 => auth.Code,
                _ => exception.GetType().Name,
            };
            Bitrix24Telemetry.Calls.Add(1, Bitrix24Telemetry.Tag("bitrix24.method", call.Name), Bitrix24Telemetry.Tag("outcome", "error"));
            Bitrix24Telemetry.Errors.Add(1, Bitrix24Telemetry.Tag("bitrix24.method", call.Name), Bitrix24Telemetry.Tag("error.type", code));
            activity?.SetStatus(ActivityStatusCode.Error, code);
            activity?.SetTag("error.type", code);
            Log.CallFailed(_logger, call.Name, code);
            throw;
        }
        finally
        {
            activity?.SetTag("bitrix24.retries", call.Retries);
            if (Bitrix24Telemetry.Duration.Enabled)
            {
                Bitrix24Telemetry.Duration.Record(Seconds(started), Bitrix24Telemetry.Tag("bitrix24.method", call.Name));
            }
        }
    }

    /// <summary>
    /// Hands a failed call to the retry strategy. The first attempt runs outside Polly, so the successful call — nearly
    /// every call — pays nothing for it; Polly's first "attempt" replays that failure, so its back-off comes before the
    /// first resend.
    /// </summary>
    private async Task<Bitrix24Response<TResult>> RetryAsync<TResult>(Call<TResult> call, ExceptionDispatchInfo firstFailure, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(CallKey, call);
        call.PendingFailure = firstFailure;
        try
        {
            return await _pipeline.ExecuteAsync(
                static (context, state) => state.Client.RetryAttemptAsync(state.Call, context.CancellationToken),
                context,
                (Client: this, Call: call)).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private async ValueTask<Bitrix24Response<TResult>> RetryAttemptAsync<TResult>(Call<TResult> call, CancellationToken cancellationToken)
    {
        if (call.PendingFailure is { } failure)
        {
            call.PendingFailure = null;
            failure.Throw();
        }

        return await AttemptAsync(call, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<Bitrix24Response<TResult>> AttemptAsync<TResult>(Call<TResult> call, CancellationToken cancellationToken)
    {
        await WaitForLimitsAsync(call, cancellationToken).ConfigureAwait(false);
        var credential = await _auth.CredentialAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await SendOnceAsync(call, credential, cancellationToken).ConfigureAwait(false);
        }
        catch (Bitrix24Exception exception) when (exception.SystemError == Bitrix24SystemError.ExpiredToken && _auth.CanRefresh)
        {
            // Not executed: refresh (once for everyone waiting on the same token) and send again with the new one.
            await _auth.RefreshAsync(credential, cancellationToken).ConfigureAwait(false);
            credential = await _auth.CredentialAsync(cancellationToken).ConfigureAwait(false);
            await WaitForRateAsync(call.Name, cancellationToken).ConfigureAwait(false);
            return await SendOnceAsync(call, credential, cancellationToken).ConfigureAwait(false);
        }
    }

    private Task WaitForLimitsAsync<TResult>(Call<TResult> call, CancellationToken cancellationToken)
    {
        var pause = call.Batch is null
            ? _budget.DelayFor(call.Name, _options.OperatingLimit)
            : call.Batch.Commands.Select(command => _budget.DelayFor(command.Method, _options.OperatingLimit)).DefaultIfEmpty(TimeSpan.Zero).Max();

        // The usual case — nothing to wait for — completes without an async state machine.
        if (pause == TimeSpan.Zero && (_bucket is null || TryTakeRequestSlot()))
        {
            return Task.CompletedTask;
        }

        return WaitForLimitsAsync(call.Name, pause, cancellationToken);
    }

    private bool TryTakeRequestSlot()
    {
        using var lease = _bucket!.AttemptAcquire(1);
        return lease.IsAcquired;
    }

    private async Task WaitForLimitsAsync(string method, TimeSpan pause, CancellationToken cancellationToken)
    {
        if (pause > TimeSpan.Zero)
        {
            if (pause > _options.OperatingLimit.MaxPause)
            {
                throw new Bitrix24Exception(new Bitrix24ErrorInfo(method, "OPERATION_TIME_LIMIT", $"The method is paused for {pause.TotalSeconds:0} s by its operating-time budget, longer than the allowed {_options.OperatingLimit.MaxPause.TotalSeconds:0} s.", 429, string.Empty));
            }

            Log.Throttled(_logger, method, "operating", pause.TotalMilliseconds);
            Statistics.Waited(pause);
            Bitrix24Telemetry.ThrottleWait.Record(pause.TotalSeconds, Bitrix24Telemetry.Tag("limit", "operating"));
            await Task.Delay(pause, cancellationToken).ConfigureAwait(false);
        }

        await WaitForRateAsync(method, cancellationToken).ConfigureAwait(false);
    }

    private async Task WaitForRateAsync(string method, CancellationToken cancellationToken)
    {
        if (_bucket is null)
        {
            return;
        }

        var started = Stopwatch.GetTimestamp();
        using var lease = await _bucket.AcquireAsync(1, cancellationToken).ConfigureAwait(false);
        var waited = TimeSpan.FromSeconds(Seconds(started));
        if (waited > TimeSpan.FromMilliseconds(1))
        {
            Log.Throttled(_logger, method, "request-rate", waited.TotalMilliseconds);
            Statistics.Waited(waited);
            Bitrix24Telemetry.ThrottleWait.Record(waited.TotalSeconds, Bitrix24Telemetry.Tag("limit", "rate"));
        }
    }

    private async Task<Bitrix24Response<TResult>> SendOnceAsync<TResult>(Call<TResult> call, string? credential, CancellationToken cancellationToken)
    {
        using var timeout = AttemptTimeout.Start(_options.RequestTimeout, cancellationToken);
        var started = Stopwatch.GetTimestamp();
        var uri = _uris.GetOrAdd((call.Name, call.Method.RestVersion), _uriOf);
        using var message = new HttpRequestMessage(HttpMethod.Post, uri)
        {
            Content = new ByteArrayContent(_auth.Authorize(call.Body, credential)) { Headers = { ContentType = JsonContentType } },
        };
        if (call.IdempotencyKey is not null)
        {
            message.Headers.TryAddWithoutValidation("Idempotency-Key", call.IdempotencyKey);
        }

        Statistics.Request();
        byte[] answer;
        int status;
        try
        {
            using var response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            status = (int)response.StatusCode;
            RefuseRedirect(call.Name, response, uri);
            answer = await ResponseBody.ReadAsync(response, call.Name, _options.MaxResponseBytes, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new Bitrix24TransportException(call.Name, $"{call.Name} did not answer within {_options.RequestTimeout.TotalSeconds:0.#} s.", isTimeout: true, exception);
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException)
        {
            var neverSent = NeverSent(exception);
            throw new Bitrix24TransportException(call.Name, $"{call.Name} could not {(neverSent ? "reach" : "get an answer from")} {_auth.PortalKey}: {_auth.Redact(exception.Message)}", isTimeout: false, exception, mayHaveRun: !neverSent);
        }

        Log.Called(_logger, call.Name, status, Seconds(started) * 1000, call.Retries);
        try
        {
            // A batch answer holds every command's error text: the secret is taken out of all of it at once.
            var parsed = ResponseEnvelope.Read(call.Method.Name == call.Name ? call.Method : Rename(call.Method, call.Name), call.Batch is null ? answer : Redact(answer), status, _redact);
            _budget.Record(call.Name, parsed.Time);
            if (call.Batch is not null && parsed.Result is BatchAnswer batch)
            {
                RecordBatch(call.Batch, batch);
            }

            return parsed;
        }
        catch (Bitrix24Exception exception) when (exception.SystemError is Bitrix24SystemError.OperationTimeLimit or Bitrix24SystemError.QueryLimitExceeded)
        {
            Statistics.LimitRefusal();
            if (exception.SystemError == Bitrix24SystemError.OperationTimeLimit)
            {
                var reset = OperatingRefusal.ResetAt(exception);
                foreach (var method in call.Batch?.Commands.Select(command => command.Method) ?? [call.Name])
                {
                    Log.Paused(_logger, method, _budget.Pause(method, DateTimeOffset.UtcNow, reset).TotalSeconds);
                }
            }

            throw;
        }
    }

    private void RecordBatch(BatchRequest request, BatchAnswer answer)
    {
        foreach (var command in request.Commands)
        {
            _budget.Record(command.Method, answer.TimeOf(command.Key));
            if (answer.ErrorCodeOf(command.Key) == "OPERATION_TIME_LIMIT")
            {
                Statistics.LimitRefusal();
                Log.Paused(_logger, command.Method, _budget.Pause(command.Method, DateTimeOffset.UtcNow).TotalSeconds);
            }
        }
    }

    private ResiliencePipeline BuildPipeline(Bitrix24RetryOptions retry)
    {
        if (retry.MaxRetries <= 0)
        {
            return ResiliencePipeline.Empty;
        }

        var drain = TimeSpan.FromSeconds(1 / _options.RateLimit.DrainPerSecond);
        return new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = retry.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = retry.BaseDelay,
                MaxDelay = retry.MaxDelay,
                ShouldHandle = static arguments => new ValueTask<bool>(
                    arguments.Outcome.Exception is { } failure
                    && arguments.Context.Properties.TryGetValue(CallKey, out var call)
                    && RetryDecision.Reason(failure, call.CanRepeat) is not null),
                DelayGenerator = arguments => new ValueTask<TimeSpan?>(arguments.Outcome.Exception switch
                {
                    // The bucket drains one request per 1/Y s: wait that long, a little more each time.
                    Bitrix24Exception { SystemError: Bitrix24SystemError.QueryLimitExceeded } => TimeSpan.FromTicks(drain.Ticks * (arguments.AttemptNumber + 2)),

                    // The operating pause is waited out before the next attempt is sent.
                    Bitrix24Exception { SystemError: Bitrix24SystemError.OperationTimeLimit } => TimeSpan.Zero,
                    _ => null,
                }),
                OnRetry = arguments =>
                {
                    if (arguments.Context.Properties.TryGetValue(CallKey, out var call) && arguments.Outcome.Exception is { } failure)
                    {
                        call.Retries++;
                        var reason = RetryDecision.Reason(failure, call.CanRepeat) ?? "retry";
                        Statistics.Retry();
                        Bitrix24Telemetry.Retries.Add(1, Bitrix24Telemetry.Tag("bitrix24.method", call.Name), Bitrix24Telemetry.Tag("reason", reason));
                        Log.Retrying(_logger, call.Name, reason, arguments.AttemptNumber + 1, arguments.RetryDelay.TotalMilliseconds);
                    }

                    return default;
                },
            })
            .Build();
    }

    private void OnTokenRefreshed()
    {
        Statistics.TokenRefresh();
        Bitrix24Telemetry.TokenRefreshes.Add(1);
    }

    private static bool NeverSent(Exception exception)
    {
        for (var inner = exception; inner is not null; inner = inner.InnerException)
        {
            if (inner is SocketException socket
                && socket.SocketErrorCode is SocketError.ConnectionRefused or SocketError.HostNotFound or SocketError.HostUnreachable or SocketError.NetworkUnreachable or SocketError.TryAgain or SocketError.NoData)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A redirect is never followed (see <see cref="Bitrix24HttpHandler"/>): a 3xx answer, or an answer an HttpClient of
    /// the caller's got by following one, ends the call naming the status and the target's host only.
    /// </summary>
    private static void RefuseRedirect(string method, HttpResponseMessage response, Uri sent)
    {
        var status = (int)response.StatusCode;
        if (status is >= 300 and < 400)
        {
            throw new Bitrix24RedirectException(method, status, HostOf(response.Headers.Location, sent), followed: false);
        }

        var answered = response.RequestMessage?.RequestUri ?? sent;
        if (!ReferenceEquals(answered, sent) && answered != sent)
        {
            throw new Bitrix24RedirectException(method, status, HostOf(answered, sent), followed: true);
        }
    }

    private static string HostOf(Uri? location, Uri sent)
        => location is null ? string.Empty : (location.IsAbsoluteUri ? location : new Uri(sent, location)).Authority;

    private byte[] Redact(byte[] answer)
    {
        var text = Encoding.UTF8.GetString(answer);
        var redacted = _auth.Redact(text);
        return string.Equals(text, redacted, StringComparison.Ordinal) ? answer : Encoding.UTF8.GetBytes(redacted);
    }

    private static byte[] Serialize(IBitrix24Request? request)
    {
        if (request is null)
        {
            return [(byte)'{', (byte)'}'];
        }

#if NET
        // One writer and buffer per thread: a call allocates only the body it sends.
        var buffer = ThreadBuffer ??= new System.Buffers.ArrayBufferWriter<byte>(1024);
        buffer.ResetWrittenCount();
        var writer = ThreadWriter ??= new Utf8JsonWriter(buffer, WriterOptions);
        writer.Reset(buffer);
        request.WriteTo(writer);
        writer.Flush();
        var body = buffer.WrittenSpan.ToArray();
        if (buffer.Capacity > 1 << 20)
        {
            // A rare huge body (a file in base64) should not stay pinned to the thread.
            ThreadBuffer = null;
            ThreadWriter = null;
        }

        return body;
#else
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            request.WriteTo(writer);
        }

        return buffer.ToArray();
#endif
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

    private static double Seconds(long started) => (Stopwatch.GetTimestamp() - started) / (double)Stopwatch.Frequency;

    /// <summary>What the retry strategy needs to know about the call it is retrying, whatever its result type.</summary>
    private abstract class CallState(string name)
    {
        public string Name { get; } = name;

        public abstract bool CanRepeat { get; }

        public int Retries { get; set; }
    }

    /// <summary>One logical call: sent once, retried under the same body and Idempotency-Key.</summary>
    private sealed class Call<TResult>(Bitrix24Method<TResult> method, string name, byte[] body, BatchRequest? batch) : CallState(name)
    {
        public Bitrix24Method<TResult> Method { get; } = method;

        public byte[] Body { get; } = body;

        public BatchRequest? Batch { get; } = batch;

        /// <summary>REST 3.0 writes carry a key per logical call, so a retry after a lost answer replays instead of running twice.</summary>
        public string? IdempotencyKey { get; } = method.RestVersion == 3 && !method.IsRead && batch is null ? Guid.NewGuid().ToString("N") : null;

        public override bool CanRepeat => Method.IsRead || IdempotencyKey is not null;

        /// <summary>The first attempt's failure, replayed as the retry strategy's first outcome.</summary>
        public ExceptionDispatchInfo? PendingFailure { get; set; }
    }

    private sealed class SeriesLease(SemaphoreSlim series) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                series.Release();
            }
        }
    }
}
