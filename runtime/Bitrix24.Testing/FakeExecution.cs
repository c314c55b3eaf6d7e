using System;

namespace Bitrix24.Testing;

/// <summary>One method body that actually ran (replays, refusals and faults that stop a call before it runs are not executions).</summary>
/// <param name="Method">The method's canonical (lower-case) name, whatever case it was called with.</param>
/// <param name="RestVersion">2, or 3 for <c>/rest/api/</c>.</param>
/// <param name="ParametersJson">The parameters the method saw, as JSON (without <c>auth</c>).</param>
/// <param name="IsWrite">Whether the method creates or changes data.</param>
/// <param name="IdempotencyKey">The REST 3.0 <c>Idempotency-Key</c> of the request, if any.</param>
/// <param name="InBatch">Whether it ran as one command of a batch.</param>
/// <param name="Timestamp">When it ran.</param>
public sealed record FakeExecution(string Method, int RestVersion, string ParametersJson, bool IsWrite, string? IdempotencyKey, bool InBatch, DateTimeOffset Timestamp);
