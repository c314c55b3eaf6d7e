namespace Bitrix24.Testing;

/// <summary>A call the fake portal received.</summary>
/// <param name="Method">The method name as called.</param>
/// <param name="RestVersion">2, or 3 for <c>/rest/api/</c>.</param>
/// <param name="UserId">The webhook's user.</param>
/// <param name="Body">The request body.</param>
/// <param name="Status">The HTTP status of the answer.</param>
public sealed record RecordedCall(string Method, int RestVersion, string UserId, string Body, int Status);
