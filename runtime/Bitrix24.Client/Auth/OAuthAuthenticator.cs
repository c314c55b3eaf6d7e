using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Bitrix24.Client.Errors;
using Bitrix24.Client.Limits;
using Microsoft.Extensions.Logging;

namespace Bitrix24.Client.Auth;

/// <summary>
/// An OAuth 2.0 application: calls go to <c>/rest/&lt;method&gt;</c> with the access token as <c>auth</c> in the JSON
/// body (never in a URL). On <c>expired_token</c> one refresh runs at the token endpoint however many calls wait,
/// and the rotated pair is saved to the store before anyone uses it.
/// </summary>
internal sealed class OAuthAuthenticator : IAuthenticator
{
    private const string Mask = "***";
    private readonly Bitrix24OAuthOptions _options;
    private readonly Uri _portal;
    private readonly Uri _tokenEndpoint;
    private readonly IBitrix24TokenStore _store;
    private readonly HttpClient _http;
    private readonly TimeSpan _timeout;
    private readonly SemaphoreSlim _refreshGate;
    private readonly ILogger _logger;
    private readonly Action _refreshed;

    // Every token and secret this client has held, so text that might quote one (an inner exception) is cleaned.
    private readonly ConcurrentDictionary<string, bool> _secrets = new(StringComparer.Ordinal);
    private Bitrix24Tokens? _tokens;

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
        _tokenEndpoint = options.ParsedTokenEndpoint();
        _store = options.TokenStore ?? new InMemoryTokenStore();
        _http = http;
        _timeout = timeout;
        _logger = logger;
        _refreshed = refreshed;
        PortalKey = _portal.Authority;
        Caller = "app:" + options.ClientId;
        _refreshGate = PortalRegistry.For(PortalKey).RefreshGate(Caller);
        Remember(options.ClientSecret);
    }

    public string PortalKey { get; }

    public string Caller { get; }

    public bool CanRefresh => true;

    private string Host => _portal.Host;

    public Uri MethodUri(string method, int restVersion) => new(_portal, $"rest/{(restVersion == 3 ? "api/" : string.Empty)}{method}");

    public async ValueTask<string?> CredentialAsync(CancellationToken cancellationToken)
    {
        if (_tokens is null)
        {
            var stored = await _store.LoadAsync(Host, cancellationToken).ConfigureAwait(false);
            if (stored is null && _options.InitialTokens is { } initial)
            {
                await _store.SaveAsync(Host, initial, cancellationToken).ConfigureAwait(false);
                stored = initial;
            }

            _tokens = Remember(stored ?? throw new Bitrix24AuthenticationException(Host, string.Empty, "no token pair is stored for this portal; complete the OAuth authorization first."));
        }

        return _tokens.AccessToken;
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
        await _refreshGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Another caller (or another client of this application and portal) may have refreshed already.
            var stored = await _store.LoadAsync(Host, cancellationToken).ConfigureAwait(false);
            if (stored is not null && stored.AccessToken != expired)
            {
                _tokens = Remember(stored);
                return;
            }

            var current = stored ?? _tokens ?? throw new Bitrix24AuthenticationException(Host, string.Empty, "no token pair is stored for this portal.");
            var fresh = Remember(await RequestAsync(current.RefreshToken, cancellationToken).ConfigureAwait(false));
            await _store.SaveAsync(Host, fresh, cancellationToken).ConfigureAwait(false);
            _tokens = fresh;
            _refreshed();
            Log.TokenRefreshed(_logger, Host);
        }
        finally
        {
            _refreshGate.Release();
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

    private async Task<Bitrix24Tokens> RequestAsync(string refreshToken, CancellationToken cancellationToken)
    {
        var query = $"grant_type=refresh_token&client_id={Uri.EscapeDataString(_options.ClientId)}&client_secret={Uri.EscapeDataString(_options.ClientSecret)}&refresh_token={Uri.EscapeDataString(refreshToken)}";
        var uri = new UriBuilder(_tokenEndpoint) { Query = query }.Uri;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_timeout);
        byte[] body;
        int status;
        try
        {
            using var response = await _http.GetAsync(uri, timeout.Token).ConfigureAwait(false);
            status = (int)response.StatusCode;
            body = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is HttpRequestException || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new Bitrix24AuthenticationException(Host, string.Empty, "the token endpoint could not be reached: " + Redact(exception.Message));
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.TryGetProperty("error", out var error))
            {
                var description = root.TryGetProperty("error_description", out var text) ? text.GetString() ?? string.Empty : string.Empty;
                throw new Bitrix24AuthenticationException(Host, error.GetString() ?? string.Empty, Redact(description.Length == 0 ? $"HTTP {status}" : description));
            }

            var access = root.GetProperty("access_token").GetString();
            var refresh = root.GetProperty("refresh_token").GetString();
            if (string.IsNullOrEmpty(access) || string.IsNullOrEmpty(refresh))
            {
                throw new Bitrix24AuthenticationException(Host, string.Empty, $"the token endpoint answered HTTP {status} without a token pair.");
            }

            DateTimeOffset? expires = root.TryGetProperty("expires_in", out var seconds) && seconds.TryGetInt64(out var lifetime)
                ? DateTimeOffset.UtcNow.AddSeconds(lifetime)
                : null;
            return new Bitrix24Tokens(access!, refresh!, expires);
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new Bitrix24AuthenticationException(Host, string.Empty, $"the token endpoint answered HTTP {status} with something that is not a token pair.");
        }
    }

    private Bitrix24Tokens Remember(Bitrix24Tokens tokens)
    {
        Remember(tokens.AccessToken);
        Remember(tokens.RefreshToken);
        return tokens;
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
