using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Bitrix24.Testing.Authentication;
using Bitrix24.Testing.Protocol;
using Microsoft.AspNetCore.Http;

namespace Bitrix24.Testing.OAuth;

/// <summary>
/// One OAuth 2.0 application registered on the portal, and the portal's authorization server: it issues token pairs,
/// renews them at <see cref="TokenEndpoint"/> (rotating the refresh token: the old one stops working), and judges
/// the access tokens that OAuth calls carry in <c>auth</c>. OAuth calls act as user 1. A renewal answers in the
/// members and order of the real server (oauth.bitrix.info), whose <c>domain</c> and <c>server_endpoint</c> name
/// itself, not the portal; only <c>client_endpoint</c> points at the portal.
/// </summary>
public sealed class FakeOAuth
{
    // Real access and refresh tokens are longer than the 32 characters of older examples.
    private const int TokenLength = 70;

    private readonly object _gate = new();
    private readonly Dictionary<string, DateTimeOffset> _accessTokens = new(StringComparer.Ordinal);
    private readonly HashSet<string> _refreshTokens = new(StringComparer.Ordinal);
    private readonly List<string> _issued = [];
    private readonly Func<string> _baseUrl;
    private readonly string _memberId = RandomToken.Hex(32);
    private long _refreshCount;
    private long _tokenRequestCount;

    internal FakeOAuth(Func<string> baseUrl) => _baseUrl = baseUrl;

    /// <summary>The application's client id.</summary>
    public string ClientId { get; } = "local." + RandomToken.New(14);

    /// <summary>The application's client secret.</summary>
    public string ClientSecret { get; } = RandomToken.New(48);

    /// <summary>The address tokens are renewed at, <c>{BaseUrl}oauth/token/</c>.</summary>
    public string TokenEndpoint => _baseUrl() + "oauth/token/";

    /// <summary>How long a new access token lives; one hour by default.</summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long the token endpoint waits before answering, so tests can pile up concurrent refreshes.</summary>
    public TimeSpan RefreshDelay { get; set; } = TimeSpan.Zero;

    /// <summary>How many successful refreshes the token endpoint has answered.</summary>
    public long RefreshCount => Interlocked.Read(ref _refreshCount);

    /// <summary>How many requests reached the token endpoint, refused and failed ones included.</summary>
    public long TokenRequestCount => Interlocked.Read(ref _tokenRequestCount);

    /// <summary>When set, every token request is answered with this HTTP status and an error body instead of a pair (after <see cref="RefreshDelay"/>).</summary>
    public int? FailureStatus { get; set; }

    /// <summary>When set, every token request is answered with this redirect instead of a pair.</summary>
    public FakeRedirect? Redirect { get; set; }

    /// <summary>When set, written verbatim as the JSON value of <c>expires_in</c> in new pairs (hostile values: <c>-5</c>, <c>1e300</c>, <c>"abc"</c>).</summary>
    public string? ExpiresInJson { get; set; }

    /// <summary>When set, the <c>client_endpoint</c> of new pairs; the portal's own <c>/rest/</c> otherwise.</summary>
    public string? ClientEndpoint { get; set; }

    /// <summary>The <c>server_endpoint</c> of new pairs: the authorization server's REST address, <c>https://oauth.bitrix.info/rest/</c> by default.</summary>
    public string ServerEndpoint { get; set; } = "https://oauth.bitrix.info/rest/";

    /// <summary>The <c>domain</c> of new pairs: the authorization server's host, <c>oauth.bitrix.info</c> by default (not the portal's).</summary>
    public string Domain { get; set; } = "oauth.bitrix.info";

    /// <summary>The <c>status</c> of new pairs: <c>L</c> (a local application) by default; <c>F</c> free, <c>P</c> paid, <c>T</c> trial, ...</summary>
    public string Status { get; set; } = "L";

    /// <summary>Issues a fresh pair, as the first authorization of the application would.</summary>
    public FakeTokens Issue()
    {
        var tokens = new FakeTokens(RandomToken.Hex(TokenLength), RandomToken.Hex(TokenLength), (int)AccessTokenLifetime.TotalSeconds);
        lock (_gate)
        {
            _accessTokens[tokens.AccessToken] = DateTimeOffset.UtcNow + AccessTokenLifetime;
            _refreshTokens.Add(tokens.RefreshToken);
            _issued.Add(tokens.AccessToken);
            _issued.Add(tokens.RefreshToken);
        }

        return tokens;
    }

    /// <summary>Every access token issued so far answers <c>expired_token</c> from now on; refresh tokens keep working.</summary>
    public void ExpireAccessTokens()
    {
        lock (_gate)
        {
            foreach (var token in _accessTokens.Keys.ToList())
            {
                _accessTokens[token] = DateTimeOffset.MinValue;
            }
        }
    }

    /// <summary>Every token issued so far, access and refresh, is unknown from now on (<c>invalid_token</c>, <c>invalid_grant</c>).</summary>
    public void RevokeAll()
    {
        lock (_gate)
        {
            _accessTokens.Clear();
            _refreshTokens.Clear();
        }
    }

    /// <summary>The client secret and every token issued so far, revoked ones included.</summary>
    internal IReadOnlyList<string> Secrets
    {
        get
        {
            lock (_gate)
            {
                return [ClientSecret, .. _issued];
            }
        }
    }

    internal AccessCheck Check(string accessToken)
    {
        lock (_gate)
        {
            return !_accessTokens.TryGetValue(accessToken, out var expires) ? AccessCheck.Invalid
                : expires <= DateTimeOffset.UtcNow ? AccessCheck.Expired
                : AccessCheck.Valid;
        }
    }

    /// <summary>Answers <c>GET /oauth/token/?grant_type=refresh_token&amp;client_id&amp;client_secret&amp;refresh_token</c>.</summary>
    internal async Task HandleTokenRequestAsync(HttpContext context)
    {
        Interlocked.Increment(ref _tokenRequestCount);
        if (RefreshDelay > TimeSpan.Zero)
        {
            await Task.Delay(RefreshDelay, context.RequestAborted).ConfigureAwait(false);
        }

        if (Redirect is { } redirect)
        {
            context.Response.StatusCode = redirect.Status;
            context.Response.Headers.Location = redirect.Location;
            return;
        }

        var query = context.Request.Query;
        var (status, body) = FailureStatus is { } failure ? Failure(failure, "temporarily_unavailable", "The authorization server is unavailable") : Renew(query["grant_type"].ToString(), query["client_id"].ToString(), query["client_secret"].ToString(), query["refresh_token"].ToString());
        context.Response.StatusCode = status;
        context.Response.ContentType = Envelope.JsonContentType;
        await context.Response.Body.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
    }

    private (int Status, byte[] Body) Renew(string grantType, string clientId, string clientSecret, string refreshToken)
    {
        if (grantType != "refresh_token" || refreshToken.Length == 0)
        {
            return Failure(400, "invalid_request", "The request is missing a required parameter or has an unsupported grant_type");
        }

        if (clientId != ClientId || clientSecret != ClientSecret)
        {
            return Failure(401, "invalid_client", "The client credentials are invalid");
        }

        FakeTokens tokens;
        lock (_gate)
        {
            if (!_refreshTokens.Remove(refreshToken))
            {
                return Failure(400, "invalid_grant", "The refresh token is invalid or was already used");
            }

            tokens = Issue();
        }

        Interlocked.Increment(ref _refreshCount);
        return (200, Envelope.Write(writer =>
        {
            writer.WriteString("access_token", tokens.AccessToken);
            writer.WriteNumber("expires", DateTimeOffset.UtcNow.ToUnixTimeSeconds() + tokens.ExpiresIn);
            writer.WritePropertyName("expires_in");
            writer.WriteRawValue(ExpiresInJson ?? tokens.ExpiresIn.ToString(System.Globalization.CultureInfo.InvariantCulture));
            writer.WriteString("scope", "app");
            writer.WriteString("domain", Domain);
            writer.WriteString("server_endpoint", ServerEndpoint);
            writer.WriteString("status", Status);
            writer.WriteString("client_endpoint", ClientEndpoint ?? _baseUrl() + "rest/");
            writer.WriteString("member_id", _memberId);
            writer.WriteNumber("user_id", 1);
            writer.WriteString("refresh_token", tokens.RefreshToken);
        }));
    }

    private static (int, byte[]) Failure(int status, string code, string description) => (status, Envelope.Write(writer =>
    {
        writer.WriteString("error", code);
        writer.WriteString("error_description", description);
    }));
}
