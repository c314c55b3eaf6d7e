using System;

namespace Bitrix24.Testing.Idempotency;

/// <summary>A successful answer kept for replay, with the parameters it answered (to tell a repeat from a reuse).</summary>
internal sealed record StoredAnswer(string ParametersJson, int Status, byte[] Body, DateTimeOffset StoredAt);
