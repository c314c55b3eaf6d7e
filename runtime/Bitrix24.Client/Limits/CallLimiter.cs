using System;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.RateLimiting;
using System.Threading.Tasks;
using Bitrix24.Client.Errors;
using Bitrix24.Client.Logging;
using Bitrix24.Client.Telemetry;
using Bitrix24.Client.Transport;
using Microsoft.Extensions.Logging;

namespace Bitrix24.Client.Limits;

/// <summary>
/// One client's side of its portal's limits: waits out the operating pause and the request-rate bucket before an
/// attempt, books every answer's <c>time</c> (each command's, for a batch) and pauses a method the portal refused.
/// </summary>
internal sealed class CallLimiter(OperatingBudget budget, RateLimiter? bucket, Bitrix24OperatingLimitOptions operating, ILogger logger, Bitrix24ClientStatistics statistics)
{
    /// <summary>Waits until the method (every method of a batch) may run and a request slot is free.</summary>
    /// <exception cref="Bitrix24Exception"><c>OPERATION_TIME_LIMIT</c>: the pause is longer than <see cref="Bitrix24OperatingLimitOptions.MaxPause"/>.</exception>
    public Task WaitAsync(string method, IMultiMethodRequest? multi, CancellationToken cancellationToken)
    {
        var pause = multi is null
            ? budget.DelayFor(method, operating)
            : multi.Commands.Select(command => budget.DelayFor(command.Method, operating)).DefaultIfEmpty(TimeSpan.Zero).Max();

        // The usual case — nothing to wait for — completes without an async state machine.
        if (pause == TimeSpan.Zero && (bucket is null || TryTakeRequestSlot()))
        {
            return Task.CompletedTask;
        }

        return WaitAsync(method, pause, cancellationToken);
    }

    /// <summary>Waits for a request slot in the portal's bucket (a resend after a token refresh needs one too).</summary>
    public async Task WaitForRateAsync(string method, CancellationToken cancellationToken)
    {
        if (bucket is null)
        {
            return;
        }

        var started = Stopwatch.GetTimestamp();
        using var lease = await bucket.AcquireAsync(1, cancellationToken).ConfigureAwait(false);
        var waited = TimeSpan.FromSeconds(Bitrix24Telemetry.SecondsSince(started));
        if (waited > TimeSpan.FromMilliseconds(1))
        {
            Log.Throttled(logger, method, "request-rate", waited.TotalMilliseconds);
            statistics.Waited(waited);
            Bitrix24Telemetry.ThrottleWait.Record(waited.TotalSeconds, Bitrix24Telemetry.Tag("limit", "rate"));
        }
    }

    /// <summary>Books an answer's execution time against the method; a batch's against each command's method.</summary>
    public void Record<TResult>(string method, IMultiMethodRequest? multi, Bitrix24Response<TResult> response)
    {
        budget.Record(method, response.Time);
        if (multi is not null && response.Result is IMultiMethodResult result)
        {
            foreach (var command in multi.Commands)
            {
                budget.Record(command.Method, result.TimeOf(command.Key));
                if (result.ErrorCodeOf(command.Key) == "OPERATION_TIME_LIMIT")
                {
                    statistics.LimitRefusal();
                    Log.Paused(logger, command.Method, budget.Pause(command.Method, DateTimeOffset.UtcNow).TotalSeconds);
                }
            }
        }
    }

    /// <summary>Counts a limit refusal; an operating refusal pauses the method (each method of a batch) until its reset.</summary>
    public void Refused(string method, IMultiMethodRequest? multi, Bitrix24Exception refusal)
    {
        statistics.LimitRefusal();
        if (refusal.SystemError == Bitrix24SystemError.OperationTimeLimit)
        {
            var reset = OperatingRefusal.ResetAt(refusal);
            foreach (var paused in multi?.Commands.Select(command => command.Method) ?? [method])
            {
                Log.Paused(logger, paused, budget.Pause(paused, DateTimeOffset.UtcNow, reset).TotalSeconds);
            }
        }
    }

    private bool TryTakeRequestSlot()
    {
        using var lease = bucket!.AttemptAcquire(1);
        return lease.IsAcquired;
    }

    private async Task WaitAsync(string method, TimeSpan pause, CancellationToken cancellationToken)
    {
        if (pause > TimeSpan.Zero)
        {
            if (pause > operating.MaxPause)
            {
                throw new Bitrix24Exception(new Bitrix24ErrorInfo(method, "OPERATION_TIME_LIMIT", $"The method is paused for {pause.TotalSeconds:0} s by its operating-time budget, longer than the allowed {operating.MaxPause.TotalSeconds:0} s.", 429, string.Empty));
            }

            Log.Throttled(logger, method, "operating", pause.TotalMilliseconds);
            statistics.Waited(pause);
            Bitrix24Telemetry.ThrottleWait.Record(pause.TotalSeconds, Bitrix24Telemetry.Tag("limit", "operating"));
            await Task.Delay(pause, cancellationToken).ConfigureAwait(false);
        }

        await WaitForRateAsync(method, cancellationToken).ConfigureAwait(false);
    }
}
