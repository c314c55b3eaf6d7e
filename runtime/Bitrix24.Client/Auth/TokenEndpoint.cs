using System;
using System.Globalization;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Bitrix24.Client.Errors;
using Bitrix24.Client.Http;

namespace Bitrix24.Client.Auth;

/// <summary>
/// The authorization server's <c>/oauth/token/</c>: exchanges a refresh token for a new pair. A redirect is never
/// followed (the request carries the client secret and the refresh token) but refused, naming its status; an
/// answer that is not a pair is a typed error; <c>expires_in</c> is read leniently and clamped.
/// </summary>
internal sealed class TokenEndpoint(Uri address, string clientId, string clientSecret, HttpClient http, TimeSpan timeout, string portal)
{
    /// <summary>The longest access-token lifetime believed: Bitrix24 issues one hour; a larger claim is cut to a day.</summary>
    internal static readonly TimeSpan MaxLifetime = TimeSpan.FromDays(1);

    /// <summary>The largest token answer read: a real one is under 1 KB; anything past this is refused unread.</summary>
    internal const int MaxAnswerBytes = 64 * 1024;

    /// <summary>Asks for a new pair; <paramref name="redact"/> cleans any text quoted from a failure.</summary>
    /// <exception cref="Bitrix24AuthenticationException">The endpoint refused, redirected, could not be reached or answered something else than a pair.</exception>
    public async Task<Bitrix24Tokens> RefreshAsync(string refreshToken, Func<string, string> redact, CancellationToken cancellationToken)
    {
        var query = $"grant_type=refresh_token&client_id={Uri.EscapeDataString(clientId)}&client_secret={Uri.EscapeDataString(clientSecret)}&refresh_token={Uri.EscapeDataString(refreshToken)}";
        var uri = new UriBuilder(address) { Query = query }.Uri;
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        byte[] body;
        int status;
        try
        {
            using var response = await http.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, limit.Token).ConfigureAwait(false);
            status = (int)response.StatusCode;
            if (status is >= 300 and < 400)
            {
                // Neither the Location (it may quote the query) nor the body: only the status.
                throw Failure(string.Empty, $"the token endpoint answered HTTP {status}, a redirect; redirects are never followed, since the request carries the client secret and the refresh token. Configure the endpoint's final address.");
            }

            body = await ResponseBody.ReadAsync(response, "oauth/token", MaxAnswerBytes, limit.Token).ConfigureAwait(false);
        }
        catch (Bitrix24ResponseTooLargeException)
        {
            throw Failure(string.Empty, $"the token endpoint's answer is over {MaxAnswerBytes} bytes; it is not a token pair.");
        }
        catch (Exception exception) when (exception is HttpRequestException || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw Failure(string.Empty, "the token endpoint could not be reached: " + redact(exception.Message));
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            throw Failure(string.Empty, $"the token endpoint answered HTTP {status} with something that is not JSON.");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("error", out var error))
            {
                var code = error.ValueKind == JsonValueKind.String ? error.GetString() ?? string.Empty : string.Empty;
                var description = root.TryGetProperty("error_description", out var text) && text.ValueKind == JsonValueKind.String ? text.GetString() ?? string.Empty : string.Empty;
                throw Failure(redact(code), redact(description.Length == 0 ? $"HTTP {status}" : description));
            }

            return TokenJson.Read(root, DateTimeOffset.UtcNow + Lifetime(root))
                ?? throw Failure(string.Empty, $"the token endpoint answered HTTP {status} without a token pair.");
        }
    }

    /// <summary>
    /// <c>expires_in</c> as seconds, a number (fractions dropped) or a string of one, clamped to 0 … one day; null
    /// (unknown) when absent or anything else.
    /// </summary>
    internal static TimeSpan? Lifetime(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("expires_in", out var value))
        {
            return null;
        }

        double? seconds = value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetDouble(out var number) => number,
            JsonValueKind.String when double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && !double.IsNaN(parsed) => parsed,
            _ => null,
        };
        return seconds switch
        {
            null => null,
            <= 0 => TimeSpan.Zero,
            _ when seconds >= MaxLifetime.TotalSeconds => MaxLifetime,
            _ => TimeSpan.FromSeconds(Math.Floor(seconds.Value)),
        };
    }

    private Bitrix24AuthenticationException Failure(string code, string message) => new(portal, code, message);
}
