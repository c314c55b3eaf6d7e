namespace Bitrix24.Testing.OAuth;

/// <summary>A pair of OAuth tokens the portal issued.</summary>
/// <param name="AccessToken">Authorizes REST calls (<c>auth</c>) until it expires.</param>
/// <param name="RefreshToken">Gets the next pair from the token endpoint, once.</param>
/// <param name="ExpiresIn">The access token's lifetime in seconds.</param>
public sealed record FakeTokens(string AccessToken, string RefreshToken, int ExpiresIn);
