using System;
using Bitrix24.Client.Retry;
using Bitrix24.Client.Transport;

namespace Bitrix24.Client;

/// <summary>One logical call: sent once, retried under the same body and Idempotency-Key.</summary>
internal sealed class Call<TResult>(Bitrix24Method<TResult> method, string name, byte[] body, IMultiMethodRequest? multi) : RetriedCall(name)
{
    public Bitrix24Method<TResult> Method { get; } = method;

    /// <summary>The method errors are reported under: the untyped escape hatch reports the method actually called.</summary>
    public Bitrix24Method<TResult> Reported { get; } = method.Name == name ? method : new(name, method.RestVersion, method.IsRead, method.ParseResult, method.MapError);

    public byte[] Body { get; } = body;

    /// <summary>The request's methods when it runs several (a batch); each is paced and booked on its own.</summary>
    public IMultiMethodRequest? Multi { get; } = multi;

    /// <summary>REST 3.0 writes carry a key per logical call, so a retry after a lost answer replays instead of running twice.</summary>
    public string? IdempotencyKey { get; } = method.RestVersion == 3 && !method.IsRead && multi is null ? Guid.NewGuid().ToString("N") : null;

    public override bool CanRepeat => Method.IsRead || IdempotencyKey is not null;
}
