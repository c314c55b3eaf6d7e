using System;

namespace Bitrix24.Client.Paging;

/// <summary>Tuning for <see cref="Bitrix24BulkRead"/>.</summary>
public sealed class Bitrix24BulkReadOptions
{
    /// <summary>Page reads chained in one <c>batch</c> request; at most 50 (the batch limit), which gives up to 2,500 rows per request.</summary>
    public int PagesPerRequest { get; set; } = 50;

    /// <summary>Receives progress after every request.</summary>
    public IProgress<Bitrix24BulkReadProgress>? Progress { get; set; }

    /// <summary>How many times in a row a request may find its first page refused by a limit (which the client then waits out) before the read fails.</summary>
    public int MaxLimitRetries { get; set; } = 10;
}
