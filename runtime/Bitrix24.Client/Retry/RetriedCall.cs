using System.Runtime.ExceptionServices;

namespace Bitrix24.Client.Retry;

/// <summary>What the retry strategy needs to know about the call it is retrying, whatever its result type.</summary>
internal abstract class RetriedCall(string name)
{
    /// <summary>The method's wire name.</summary>
    public string Name { get; } = name;

    /// <summary>True when running the call twice does no harm: a read, or a REST 3.0 write under an Idempotency-Key.</summary>
    public abstract bool CanRepeat { get; }

    /// <summary>Resends so far.</summary>
    public int Retries { get; set; }

    /// <summary>The first attempt's failure, replayed as the retry strategy's first outcome.</summary>
    public ExceptionDispatchInfo? PendingFailure { get; set; }
}
