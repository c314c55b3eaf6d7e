using System;
using System.Globalization;
using Bitrix24.Client.Paging;
using Bitrix24.Client.Telemetry;
using Spectre.Console;

namespace Bitrix24.Sample;

/// <summary>Moves a Spectre.Console progress task per bulk-read request, its description telling rows/s, requests and the time spent waiting for the limits.</summary>
internal sealed class BulkReadProgress(ProgressTask task, Bitrix24ClientStatistics statistics) : IProgress<Bitrix24BulkReadProgress>
{
    public void Report(Bitrix24BulkReadProgress value)
    {
        var rate = value.Rows / Math.Max(0.001, task.ElapsedTime?.TotalSeconds ?? 0);
        task.Description = string.Create(
            CultureInfo.InvariantCulture,
            $"{value.Rows,9:N0} rows  {rate,7:N0} rows/s  {value.Requests,4} requests  throttled {statistics.ThrottleWait.TotalSeconds,5:0.0} s");
        task.Value = task.IsIndeterminate ? 0 : Math.Min(task.MaxValue, value.Rows);
    }
}
