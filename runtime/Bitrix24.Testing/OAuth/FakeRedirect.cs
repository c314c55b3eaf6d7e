namespace Bitrix24.Testing.OAuth;

/// <summary>A redirect the fake token endpoint answers with.</summary>
/// <param name="Status">301, 302, 303, 307 or 308.</param>
/// <param name="Location">Where it points.</param>
public sealed record FakeRedirect(int Status, string Location);
