using System;

namespace Bitrix24.Client.Transport;

/// <summary>The <c>time</c> object of every answer: execution times and the operating-limit counters.</summary>
public sealed record ResponseTime
{
    /// <summary>Unix time the request started.</summary>
    public double? Start { get; init; }

    /// <summary>Unix time the request finished.</summary>
    public double? Finish { get; init; }

    /// <summary>Seconds between start and finish.</summary>
    public double? Duration { get; init; }

    /// <summary>Seconds spent processing.</summary>
    public double? Processing { get; init; }

    /// <summary>When the request started.</summary>
    public DateTimeOffset? DateStart { get; init; }

    /// <summary>When the request finished.</summary>
    public DateTimeOffset? DateFinish { get; init; }

    /// <summary>Accumulated execution time of this method, in seconds, over the operating-limit window.</summary>
    public double? Operating { get; init; }

    /// <summary>When the oldest minute basket of the operating limit is released.</summary>
    public DateTimeOffset? OperatingResetAt { get; init; }
}
