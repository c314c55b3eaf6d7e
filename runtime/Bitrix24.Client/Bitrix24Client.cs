using System;
using System.Diagnostics;
using System.Net.Http;
using System.Runtime.ExceptionServices;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Bitrix24.Client.Auth;
using Bitrix24.Client.Batch;
using Bitrix24.Client.Errors;
using Bitrix24.Client.Http;
using Bitrix24.Client.Json;
using Bitrix24.Client.Limits;
using Bitrix24.Client.Logging;
using Bitrix24.Client.Retry;
using Bitrix24.Client.Telemetry;
using Bitrix24.Client.Transport;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bitrix24.Client;

/// <summary>
/// Calls one portal, through an incoming webhook or as an OAuth application: POSTs JSON to
/// <c>/rest/…/&lt;method&gt;</c> (REST 3.0: <c>/rest/api/…</c>), paces itself to the portal's request-rate and
/// operating limits, retries what is safe to retry, refreshes OAuth tokens once for all waiting calls, and turns
/// error answers into typed exceptions. Secrets and tokens never appear in its exceptions, logs, metrics or traces.
/// </summary>
public sealed class Bitrix24Client : IBitrix24Transport, IBitrix24SeriesGate, IDisposable
{
    private static readonly Bitrix24Method<JsonElement> UntypedMethod = new("call", 2, isRead: false, JsonValueReader.TryReadRawItem, mapError: null);

    private readonly HttpClient _http;
    private readonly bool _ownsHttp;
    private readonly ILogger _logger;
    private readonly IAuthenticator _auth;
    private readonly Func<string, string> _redact;
    private readonly PortalRegistry.PortalState _portal;
    private readonly MethodUris _uris;
    private readonly HttpExchange _exchange;
    private readonly CallLimiter _limits;
    private readonly RetryPipeline _retry;

    /// <summary>Creates a client.</summary>
    /// <param name="options">The webhook URL or OAuth application, timeouts and limits.</param>
    /// <param name="httpClient">The HttpClient to send with (from IHttpClientFactory, say, with <see cref="Bitrix24HttpHandler.Create"/> as its primary handler); one is created and owned when null. It must not follow redirects: an answer that came through a followed redirect is refused with a <see cref="Bitrix24RedirectException"/>, but the request was sent there.</param>
    /// <param name="logger">Receives one line per call (method, status, duration, retries); never a URL, body or secret.</param>
    /// <exception cref="ArgumentException">The webhook URL or OAuth settings are invalid, or use http:// to a non-loopback host, or <see cref="Bitrix24ClientOptions.MaxResponseBytes"/> is out of range.</exception>
    public Bitrix24Client(Bitrix24ClientOptions options, HttpClient? httpClient = null, ILogger<Bitrix24Client>? logger = null)
    {
        (options ?? throw new ArgumentNullException(nameof(options))).Validate(nameof(options));
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
        _uris = new MethodUris(_auth);
        _portal = PortalRegistry.For(_auth.PortalKey);
        _exchange = new HttpExchange(_http, options.RequestTimeout, options.MaxResponseBytes, _auth.PortalKey, _redact);
        _limits = new CallLimiter(_portal.Budget(_auth.Caller), options.RateLimit.Enabled ? _portal.Bucket(options.RateLimit) : null, options.OperatingLimit, _logger, Statistics);
        _retry = new RetryPipeline(options.Retry, options.RateLimit.DrainPerSecond, _logger, Statistics);
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

        return SendCoreAsync(new Call<TResult>(method, method.Name, RequestBody.Serialize(request), request as IMultiMethodRequest), cancellationToken);
    }

    /// <inheritdoc />
    public Task<Bitrix24Response<JsonElement>> CallAsync(string method, string parametersJson, CancellationToken cancellationToken = default)
    {
        MethodNames.Validate(method, nameof(method));
        return SendCoreAsync(new Call<JsonElement>(UntypedMethod, method, RequestBody.Parameters(parametersJson), null), cancellationToken);
    }

    /// <inheritdoc />
    public Task<IDisposable> EnterSeriesAsync(CancellationToken cancellationToken) => _portal.EnterSeriesAsync(cancellationToken);

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
        using var activity = CallTelemetry.Start(call.Name, _auth.PortalKey, call.Method.RestVersion);
        var started = Stopwatch.GetTimestamp();
        try
        {
            Bitrix24Response<TResult> response;
            try
            {
                response = await AttemptAsync(call, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception failure) when (_retry.Handles(failure, call))
            {
                response = await _retry.RetryAsync(call, ExceptionDispatchInfo.Capture(failure), static (state, token) => state.Client.AttemptAsync(state.Call, token), (Client: this, Call: call), cancellationToken).ConfigureAwait(false);
            }

            CallTelemetry.Succeeded(call.Name);
            return response;
        }
        catch (Exception exception)
        {
            CallTelemetry.Failed(activity, call.Name, exception, _logger);
            throw;
        }
        finally
        {
            CallTelemetry.Finished(activity, call.Name, call.Retries, started);
        }
    }

    private async ValueTask<Bitrix24Response<TResult>> AttemptAsync<TResult>(Call<TResult> call, CancellationToken cancellationToken)
    {
        await _limits.WaitAsync(call.Name, call.Multi, cancellationToken).ConfigureAwait(false);
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
            await _limits.WaitForRateAsync(call.Name, cancellationToken).ConfigureAwait(false);
            return await SendOnceAsync(call, credential, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<Bitrix24Response<TResult>> SendOnceAsync<TResult>(Call<TResult> call, string? credential, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var uri = _uris.Of(call.Name, call.Method.RestVersion);
        var body = _auth.Authorize(call.Body, credential);
        Statistics.Request();
        var (status, answer) = await _exchange.PostAsync(call.Name, uri, body, call.IdempotencyKey, cancellationToken).ConfigureAwait(false);
        Log.Called(_logger, call.Name, status, Bitrix24Telemetry.SecondsSince(started) * 1000, call.Retries);
        try
        {
            var parsed = ResponseEnvelope.Read(call.Reported, call.Multi is null ? answer : ResponseEnvelope.RedactAll(answer, _redact), status, _redact);
            _limits.Record(call.Name, call.Multi, parsed);
            return parsed;
        }
        catch (Bitrix24Exception exception) when (exception.SystemError is Bitrix24SystemError.OperationTimeLimit or Bitrix24SystemError.QueryLimitExceeded)
        {
            _limits.Refused(call.Name, call.Multi, exception);
            throw;
        }
    }

    private void OnTokenRefreshed()
    {
        Statistics.TokenRefresh();
        Bitrix24Telemetry.TokenRefreshes.Add(1);
    }
}
