namespace Bitrix24.Testing.Methods;

/// <summary>Who makes a call: the scope limits and idempotency keys are kept per (a webhook or the application), and the acting user.</summary>
/// <param name="Scope"><c>webhook:&lt;user&gt;</c> or <c>app</c>.</param>
/// <param name="UserId">The user the call acts for.</param>
internal sealed record Caller(string Scope, long UserId);
