using System;
using System.Collections.Concurrent;
using System.IO;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Bitrix24.Client.Errors;
using Bitrix24.Client.Logging;
using Bitrix24.Client.Telemetry;
using Microsoft.Extensions.Logging;

namespace Bitrix24.Client.Auth;

/// <summary>
/// An OAuth 2.0 application: calls go to <c>client_endpoint</c> (<c>/rest/&lt;method&gt;</c> on the portal) with the
/// access token as <c>auth</c> in the JSON body (never in a URL). On <c>expired_token</c> one refresh runs at the
/// token endpoint however many calls wait; a failed refresh is shared the same way and not repeated before its
/// back-off ends.
/// </summary>
/// <remarks>
/// Which pair is current: a rotated pair is authoritative from the moment the token endpoint issues it, saved or not.
/// When the store cannot save it (a full disk), it stays in memory — process-wide, for every client of this
/// application, portal and store — and the save is retried on later calls after a back-off and always before the
/// next refresh, which uses its refresh token. The store is read back (to adopt a pair another process refreshed)
/// only while no pair is waiting to be saved: until then the stored pair is the stale one, and no other process can
/// hold a newer pair, since getting one needs the refresh token only this process has.
/// </remarks>
internal sealed class OAuthAuthenticator : IAuthenticator
{
    private const string Mask = "***";
    private readonly Bitrix24OAuthOptions _options;
    private readonly Uri _portal;
    private readonly Uri _defaultRestBase;
    private readonly TokenEndpoint _endpoint;
    private readonly IBitrix24TokenStore _store;
    private readonly TokenRefreshState _state;
    private readonly Backoff _backoff;
    private readonly ILogger _logger;
    private readonly Action _refreshed;

    // Every token and secret this client has held, so text that might quote one (an inner exception) is cleaned.
    private readonly ConcurrentDictionary<string, bool> _secrets = new(StringComparer.Ordinal);
    private Bitrix24Tokens? _tokens;

    // Fixed when the first pair is loaded: the client keeps the method URLs it builds.
    private Uri? _restBase;

    public OAuthAuthenticator(Bitrix24OAuthOptions options, HttpClient http, TimeSpan timeout, ILogger logger, Action refreshed)
    {
        _options = options;
        if (!Uri.TryCreate(options.PortalUrl, UriKind.Absolute, out var portal) || !HttpsRules.Allowed(portal))
        {
            throw new ArgumentException("The OAuth portal URL must be an absolute https:// URL such as https://example.bitrix24.com/ (http:// only for loopback).", nameof(options));
        }

        if (string.IsNullOrWhiteSpace(options.ClientId) || string.IsNullOrWhiteSpace(options.ClientSecret))
        {
            throw new ArgumentException("An OAuth application needs its client id and client secret.", nameof(options));
        }

        _portal = new Uri(portal.GetLeftPart(UriPartial.Authority) + "/");
        _defaultRestBase = new Uri(_portal, "rest/");
        _backoff = options.Backoff();
        _store = options.TokenStore ?? new InMemoryTokenStore();
        _logger = logger;
        _refreshed = refreshed;
        PortalKey = _portal.Authority;
        Caller = "app:" + options.ClientId;
        _endpoint = new TokenEndpoint(options.ParsedTokenEndpoint(), options.ClientId, options.ClientSecret, http, timeout, Host);
        _state = TokenRefreshState.For(PortalKey, Caller);
        Remember(options.ClientSecret);
    }

    public string PortalKey { get; }

    public string Caller { get; }

    public bool CanRefresh => true;

    private string Host => _portal.Host;

    public Uri MethodUri(string method, int restVersion) => new(_restBase ?? _defaultRestBase, (restVersion == 3 ? "api/" : string.Empty) + method);

    public ValueTask<string?> CredentialAsync(CancellationToken cancellationToken)
    {
        // The usual call: a pair in hand and no save waiting.
        if (_tokens is { } tokens && !_state.SaveDue(_store))
        {
            return new(tokens.AccessToken);
        }

        return LoadOrSaveAsync(cancellationToken);
    }

    public byte[] Authorize(byte[] body, string? credential)
    {
        if (body.Length < 2 || body[0] != (byte)'{')
        {
            throw new NotSupportedException("Under OAuth the token travels in a JSON object body; REST 3.0's array-shaped batch is not supported with OAuth.");
        }

        using var buffer = new MemoryStream(body.Length + 64);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("auth"u8, credential);
            writer.Flush();
        }

        // The writer left "{"auth":"…"" open; the original members (if any) follow after a comma.
        var isEmpty = body.Length == 2 || IsEmptyObject(body);
        buffer.WriteByte(isEmpty ? (byte)'}' : (byte)',');
        if (!isEmpty)
        {
            buffer.Write(body, 1, body.Length - 1);
        }

        return buffer.ToArray();
    }

    public async Task RefreshAsync(string? expired, CancellationToken cancellationToken)
    {
        await _state.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            Bitrix24Tokens current;
            if (_state.UnsavedPair(_store) is { } unsaved)
            {
                await TrySaveAsync(unsaved, cancellationToken).ConfigureAwait(false);
                current = unsaved;
            }
            else
            {
                // Another caller, client or process may have refreshed already.
                current = await _store.LoadAsync(Host, cancellationToken).ConfigureAwait(false) ?? _tokens
                    ?? throw new Bitrix24AuthenticationException(Host, string.Empty, "no token pair is stored for this portal.");
            }

            if (current.AccessToken != expired)
            {
                Adopt(current);
                return;
            }

            _state.ThrowIfBackingOff(current.RefreshToken);
            Bitrix24Tokens fresh;
            try
            {
                fresh = await _endpoint.RefreshAsync(current.RefreshToken, Redact, cancellationToken).ConfigureAwait(false);
            }
            catch (Bitrix24AuthenticationException failure)
            {
                var pause = _state.RefreshFailed(current.RefreshToken, failure, _backoff);
                Log.TokenRefreshFailed(_logger, Host, failure.Code, pause.TotalMilliseconds);
                throw;
            }

            _state.RefreshSucceeded();
            Adopt(fresh);
            _refreshed();
            Log.TokenRefreshed(_logger, Host);
            _state.Rotated(_store, fresh);
            await TrySaveAsync(fresh, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _state.Gate.Release();
        }
    }

    public string Redact(string text)
    {
        foreach (var secret in _secrets.Keys)
        {
            text = text.Replace(secret, Mask);
        }

        return text;
    }

    private static bool IsEmptyObject(byte[] body)
    {
        for (var i = 1; i < body.Length - 1; i++)
        {
            if (!char.IsWhiteSpace((char)body[i]))
            {
                return false;
            }
        }

        return true;
    }

    private async ValueTask<string?> LoadOrSaveAsync(CancellationToken cancellationToken)
    {
        if (_tokens is null)
        {
            await _state.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                if (_tokens is null)
                {
                    await LoadAsync(cancellationToken).ConfigureAwait(false);
                }
            }
            finally
            {
                _state.Gate.Release();
            }
        }

        // A save waiting for its retry: the call that finds the gate free makes it; the others go on.
        if (_state.SaveDue(_store) && await _state.Gate.WaitAsync(0, cancellationToken).ConfigureAwait(false))
        {
            try
            {
                if (_state.UnsavedPair(_store) is { } unsaved)
                {
                    await TrySaveAsync(unsaved, cancellationToken).ConfigureAwait(false);
                }
            }
            finally
            {
                _state.Gate.Release();
            }
        }

        return _tokens!.AccessToken;
    }

    /// <summary>Takes the first pair: one this process could not save yet (newer than the stored one), the stored one, or the initial one. Call under the gate.</summary>
    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var tokens = _state.UnsavedPair(_store) ?? await _store.LoadAsync(Host, cancellationToken).ConfigureAwait(false);
        if (tokens is null && _options.InitialTokens is { } initial)
        {
            _state.Rotated(_store, initial);
            await TrySaveAsync(initial, cancellationToken).ConfigureAwait(false);
            tokens = initial;
        }

        Adopt(tokens ?? throw new Bitrix24AuthenticationException(Host, string.Empty, "no token pair is stored for this portal; complete the OAuth authorization first."));
    }

    /// <summary>Saves the pair waiting to be saved; on failure it stays waiting (logged, counted) for the next attempt. Call under the gate.</summary>
    private async Task TrySaveAsync(Bitrix24Tokens tokens, CancellationToken cancellationToken)
    {
        try
        {
            await _store.SaveAsync(Host, tokens, cancellationToken).ConfigureAwait(false);
            _state.Saved(_store, tokens);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var (failures, pause) = _state.SaveFailed(_store, _backoff);
            Bitrix24Telemetry.TokenSaveFailures.Add(1, Bitrix24Telemetry.Tag("error.type", exception.GetType().Name));
            Log.TokenSaveFailed(_logger, Host, exception.GetType().Name, Redact(exception.Message), failures, pause.TotalMilliseconds);
        }
    }

    private void Adopt(Bitrix24Tokens tokens)
    {
        Remember(tokens.AccessToken);
        Remember(tokens.RefreshToken);
        var restBase = RestBaseOf(tokens);
        _restBase ??= restBase;
        _tokens = tokens;
    }

    private Uri RestBaseOf(Bitrix24Tokens tokens)
    {
        if (tokens.ClientEndpoint is null)
        {
            return _defaultRestBase;
        }

        if (ClientEndpoint.OnPortal(_portal, tokens.ClientEndpoint) is { } onPortal)
        {
            return onPortal;
        }

        Log.ClientEndpointRefused(_logger, Host);
        return _defaultRestBase;
    }

    private void Remember(string secret)
    {
        // Very short strings would mask unrelated text; real tokens and secrets are far longer.
        if (secret.Length >= 8)
        {
            _secrets.TryAdd(secret, true);
        }
    }
}
