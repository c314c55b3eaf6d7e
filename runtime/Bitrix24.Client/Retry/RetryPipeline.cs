using System;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;
using Bitrix24.Client.Errors;
using Bitrix24.Client.Logging;
using Bitrix24.Client.Telemetry;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace Bitrix24.Client.Retry;

/// <summary>
/// Resends a failed call (Polly's retry strategy) when <see cref="RetryDecision"/> allows it, after a back-off: one
/// bucket drain per attempt after a rate refusal, none after an operating refusal (the limiter waits that out),
/// exponential with jitter otherwise.
/// </summary>
internal sealed class RetryPipeline
{
    private static readonly ResiliencePropertyKey<RetriedCall> CallKey = new("bitrix24.call");

    private readonly int _maxRetries;
    private readonly ILogger _logger;
    private readonly Bitrix24ClientStatistics _statistics;
    private readonly ResiliencePipeline _pipeline;

    /// <param name="retry">How often and how long to back off.</param>
    /// <param name="drainPerSecond">How many requests the portal's bucket drains per second.</param>
    /// <param name="logger">Receives a line per retry.</param>
    /// <param name="statistics">Counts the retries.</param>
    public RetryPipeline(Bitrix24RetryOptions retry, double drainPerSecond, ILogger logger, Bitrix24ClientStatistics statistics)
    {
        _maxRetries = retry.MaxRetries;
        _logger = logger;
        _statistics = statistics;
        _pipeline = retry.MaxRetries <= 0 ? ResiliencePipeline.Empty : Build(retry, TimeSpan.FromSeconds(1 / drainPerSecond));
    }

    /// <summary>True when the first attempt's failure is handed to <see cref="RetryAsync"/> instead of surfacing.</summary>
    public bool Handles(Exception failure, RetriedCall call) => _maxRetries > 0 && RetryDecision.Reason(failure, call.CanRepeat) is not null;

    /// <summary>
    /// Hands a failed call to the retry strategy. The first attempt runs outside Polly, so the successful call — nearly
    /// every call — pays nothing for it; Polly's first "attempt" replays that failure, so its back-off comes before the
    /// first resend.
    /// </summary>
    public async Task<TResult> RetryAsync<TResult, TState>(RetriedCall call, ExceptionDispatchInfo firstFailure, Func<TState, CancellationToken, ValueTask<TResult>> attempt, TState state, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(CallKey, call);
        call.PendingFailure = firstFailure;
        try
        {
            return await _pipeline.ExecuteAsync(
                static (context, arguments) => ReplayOrAttemptAsync(arguments.Call, arguments.Attempt, arguments.State, context.CancellationToken),
                context,
                (Call: call, Attempt: attempt, State: state)).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private static async ValueTask<TResult> ReplayOrAttemptAsync<TResult, TState>(RetriedCall call, Func<TState, CancellationToken, ValueTask<TResult>> attempt, TState state, CancellationToken cancellationToken)
    {
        if (call.PendingFailure is { } failure)
        {
            call.PendingFailure = null;
            failure.Throw();
        }

        return await attempt(state, cancellationToken).ConfigureAwait(false);
    }

    private ResiliencePipeline Build(Bitrix24RetryOptions retry, TimeSpan drain) => new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions
        {
            MaxRetryAttempts = retry.MaxRetries,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = retry.BaseDelay,
            MaxDelay = retry.MaxDelay,
            ShouldHandle = static arguments => new ValueTask<bool>(
                arguments.Outcome.Exception is { } failure
                && arguments.Context.Properties.TryGetValue(CallKey, out var call)
                && RetryDecision.Reason(failure, call.CanRepeat) is not null),
            DelayGenerator = arguments => new ValueTask<TimeSpan?>(arguments.Outcome.Exception switch
            {
                // The bucket drains one request per 1/Y s: wait that long, a little more each time.
                Bitrix24Exception { SystemError: Bitrix24SystemError.QueryLimitExceeded } => TimeSpan.FromTicks(drain.Ticks * (arguments.AttemptNumber + 2)),

                // The operating pause is waited out before the next attempt is sent.
                Bitrix24Exception { SystemError: Bitrix24SystemError.OperationTimeLimit } => TimeSpan.Zero,
                _ => null,
            }),
            OnRetry = arguments =>
            {
                if (arguments.Context.Properties.TryGetValue(CallKey, out var call) && arguments.Outcome.Exception is { } failure)
                {
                    call.Retries++;
                    var reason = RetryDecision.Reason(failure, call.CanRepeat) ?? "retry";
                    _statistics.Retry();
                    Bitrix24Telemetry.Retries.Add(1, Bitrix24Telemetry.Tag("bitrix24.method", call.Name), Bitrix24Telemetry.Tag("reason", reason));
                    Log.Retrying(_logger, call.Name, reason, arguments.AttemptNumber + 1, arguments.RetryDelay.TotalMilliseconds);
                }

                return default;
            },
        })
        .Build();
}
