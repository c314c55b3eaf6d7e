using System;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Bitrix24.Testing.Authentication;
using Bitrix24.Testing.Batch;
using Bitrix24.Testing.Idempotency;
using Bitrix24.Testing.Limits;
using Bitrix24.Testing.Methods;
using Bitrix24.Testing.Protocol;

namespace Bitrix24.Testing.Handling;

/// <summary>
/// Turns one request into its reply, in the portal's order: the request-rate limit, authentication, injected
/// answers and faults, the REST 3.0 <c>Idempotency-Key</c>, then the method or the batch.
/// </summary>
internal sealed class CallPipeline(MethodRunner runner, Authenticator authenticator, FakeLimits limits, FakeFaults faults, FakeBatch batch, FakeIdempotency idempotency)
{
    private readonly Rest2Batch _rest2Batch = new(runner, batch);
    private readonly Rest3Batch _rest3Batch = new(runner);

    /// <summary>The reply and the user it is recorded for (the webhook's as written until the caller is known).</summary>
    public (Reply Reply, string UserId) Serve(RestRequest request)
    {
        var arrived = runner.Options.Clock.GetTimestamp();
        var userId = request.WebhookUser;
        if (!limits.TryAdmitRequest())
        {
            return (Reply.Error(RestError.QueryLimitExceeded, request.RestVersion), userId);
        }

        var periodic = faults.TakePeriodic();
        using var document = RequestBody.Parse(request);
        if (authenticator.Authenticate(request, document) is not { } caller)
        {
            var refusal = authenticator.Refusal(request, document);
            var tokenError = refusal == RestError.ExpiredToken || refusal == RestError.InvalidToken;
            return (Reply.Error(refusal, tokenError ? 2 : request.RestVersion), userId);
        }

        userId = caller.UserId.ToString(CultureInfo.InvariantCulture);
        var injection = periodic is { } fault ? new Injection(null, fault) : faults.Take(request.Method);
        if (injection is { Answer: { } answer })
        {
            return (answer.Error is { } error ? Reply.Error(error, request.RestVersion) : new Reply(answer.Status, answer.ContentType, Encoding.UTF8.GetBytes(answer.RawBody ?? string.Empty)), userId);
        }

        if (injection?.Fault is { } unexecuted && FaultReplies.Refusal(unexecuted, request.RestVersion) is { } refused)
        {
            return (refused with { Fault = unexecuted }, userId);
        }

        var executed = document is null
            ? Reply.Error(Rest3Errors.InvalidJson, 3)
            : ExecuteOnce(caller, request, RequestBody.WithoutAuth(document.RootElement), arrived);
        return (injection?.Fault is { } spoiler ? executed with { Fault = spoiler } : executed, userId);
    }

    /// <summary>Runs the call, honouring a REST 3.0 <c>Idempotency-Key</c> for write methods.</summary>
    private Reply ExecuteOnce(Caller caller, RestRequest request, JsonElement parameters, long arrived)
    {
        if (request.IdempotencyKey is not { } key || runner.Find(request.RestVersion, request.Method) is not { IsWrite: true } handler)
        {
            return Execute(caller, request, parameters, arrived);
        }

        if (!FakeIdempotency.IsValid(key))
        {
            return Reply.Error(Rest3Errors.InvalidIdempotencyKey, 3);
        }

        var parametersJson = parameters.GetRawText();
        if (idempotency.Find(caller.Scope, handler.Method, key) is { } stored)
        {
            return stored.ParametersJson == parametersJson
                ? new Reply(stored.Status, Envelope.JsonContentType, stored.Body, Replayed: true)
                : Reply.Error(Rest3Errors.IdempotencyKeyReused, 3);
        }

        var reply = Execute(caller, request, parameters, arrived);
        if (reply.Status == 200)
        {
            idempotency.Store(caller.Scope, handler.Method, key, new StoredAnswer(parametersJson, reply.Status, reply.Body, DateTimeOffset.UtcNow));
        }

        return reply;
    }

    /// <summary>Runs the method or the batch; the answer's <c>time</c> counts from <paramref name="arrived"/> (a clock timestamp).</summary>
    private Reply Execute(Caller caller, RestRequest request, JsonElement parameters, long arrived)
    {
        var clock = runner.Options.Clock;
        var started = clock.GetUtcNow() - clock.GetElapsedTime(arrived);
        CallTime Answered(CallTime time) => time with { Started = started, Duration = clock.GetElapsedTime(arrived) };
        try
        {
            if (request.Method.Equals("batch", StringComparison.OrdinalIgnoreCase))
            {
                var running = clock.GetTimestamp();
                var result = request.RestVersion == 3 ? _rest3Batch.Run(caller, parameters) : _rest2Batch.Run(caller, new Parameters(parameters));
                var time = runner.Idle(started) with { Processing = clock.GetElapsedTime(running) };
                return Reply.Json(Envelope.Success(result, null, null, Answered(time), runner.Options.TimeBlock));
            }
        }
        catch (RestException exception)
        {
            return Reply.Error(exception.Error, request.RestVersion);
        }

        var outcome = runner.Run(caller, request.RestVersion, request.Method, parameters, request.IdempotencyKey, inBatch: false);
        return outcome.Result is { } done
            ? Reply.Json(Envelope.Success(done, outcome.Total, outcome.Next, Answered(outcome.Time), runner.Options.TimeBlock))
            : Reply.Error(outcome.Error!, request.RestVersion);
    }
}
