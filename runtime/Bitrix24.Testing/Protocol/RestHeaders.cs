namespace Bitrix24.Testing.Protocol;

/// <summary>The HTTP headers of the REST 3.0 idempotency protocol.</summary>
internal static class RestHeaders
{
    /// <summary>Sent by the client with a write; echoed on the answer.</summary>
    public const string IdempotencyKey = "Idempotency-Key";

    /// <summary><c>true</c> on an answer replayed from an earlier request with the same key.</summary>
    public const string IdempotentReplayed = "Idempotent-Replayed";
}
