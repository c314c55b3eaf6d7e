using System;
using System.Diagnostics;
using Bitrix24.Client.Paging;
using Bitrix24.Client.Telemetry;

namespace Bitrix24.Sample;

/// <summary>One console line redrawn per bulk-read request: rows, rows/s, requests and the time spent waiting for the limits.</summary>
internal sealed class ProgressBar(long expectedRows, Bitrix24ClientStatistics statistics) : IProgress<Bitrix24BulkReadProgress>
{
    private const int Width = 30;
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public TimeSpan Elapsed => _clock.Elapsed;

    public void Report(Bitrix24BulkReadProgress value)
    {
        var share = expectedRows <= 0 ? 1 : Math.Min(1, value.Rows / (double)expectedRows);
        var filled = (int)(share * Width);
        var rate = value.Rows / Math.Max(0.001, _clock.Elapsed.TotalSeconds);
        Console.Write($"\r  [{new string('#', filled)}{new string('.', Width - filled)}] {value.Rows,9:N0} rows  {rate,7:N0} rows/s  {value.Requests,4} requests  throttled {statistics.ThrottleWait.TotalSeconds,5:0.0} s");
    }

    public void Finish() => Console.WriteLine();
}
