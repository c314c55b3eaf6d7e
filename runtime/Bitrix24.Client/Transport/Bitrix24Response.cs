using System.Text.Json;

namespace Bitrix24.Client.Transport;

/// <summary>A successful answer: the typed <c>result</c> and the envelope around it.</summary>
/// <typeparam name="TResult">The typed result.</typeparam>
public sealed record Bitrix24Response<TResult>
{
    /// <summary>The typed result; default when the answer's <c>result</c> had a shape the type cannot take (see <see cref="RawResult"/>).</summary>
    public TResult Result { get; init; } = default!;

    /// <summary>The <c>result</c> as received, kept only when it could not be read as <typeparamref name="TResult"/>.</summary>
    public JsonElement? RawResult { get; init; }

    /// <summary>Execution times and operating-limit counters.</summary>
    public ResponseTime? Time { get; init; }

    /// <summary>List methods: how many rows match in all.</summary>
    public long? Total { get; init; }

    /// <summary>List methods: the <c>start</c> of the next page, absent on the last page.</summary>
    public long? Next { get; init; }
}
