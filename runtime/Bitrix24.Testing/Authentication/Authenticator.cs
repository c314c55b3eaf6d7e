using System.Globalization;
using System.Text.Json;
using Bitrix24.Testing.Handling;
using Bitrix24.Testing.Methods;
using Bitrix24.Testing.OAuth;
using Bitrix24.Testing.Protocol;

namespace Bitrix24.Testing.Authentication;

/// <summary>Who is calling: a webhook by its user and secret in the path, an OAuth application by the access token in <c>auth</c>.</summary>
internal sealed class Authenticator(Webhooks webhooks, FakeOAuth oauth)
{
    /// <summary>The caller, or null when the request is not authenticated.</summary>
    public Caller? Authenticate(RestRequest request, JsonDocument? document)
    {
        if (request.Path.Count == 3)
        {
            return webhooks.Accepts(request.Path[0], request.Path[1])
                ? new Caller(request.Scope, long.Parse(request.Path[0], CultureInfo.InvariantCulture))
                : null;
        }

        return request.Path.Count == 1 && AccessToken(request, document) is { } token && oauth.Check(token) == AccessCheck.Valid
            ? new Caller(request.Scope, 1)
            : null;
    }

    /// <summary>Why a call was not authenticated. Token errors keep the REST 2 shape on REST 3.0 too: they come from the OAuth layer, not from a method.</summary>
    public RestError Refusal(RestRequest request, JsonDocument? document)
    {
        if (request.Path.Count != 1 || AccessToken(request, document) is not { } token)
        {
            return RestError.WrongAuthorization;
        }

        return oauth.Check(token) == AccessCheck.Expired ? RestError.ExpiredToken : RestError.InvalidToken;
    }

    /// <summary>The parameters' <c>auth</c> (a REST 2 query or form's too), else the query's, which REST 3.0 reads for <c>auth</c> alone.</summary>
    private static string? AccessToken(RestRequest request, JsonDocument? document)
    {
        if (document?.RootElement is { ValueKind: JsonValueKind.Object } root && root.TryGetProperty("auth", out var auth) && auth.ValueKind == JsonValueKind.String)
        {
            return auth.GetString();
        }

        return request.QueryAuth.Length > 0 ? request.QueryAuth : null;
    }
}
