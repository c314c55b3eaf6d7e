using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text.Json;
using Bitrix24.Testing.Crm;
using Bitrix24.Testing.Limits;
using Bitrix24.Testing.Protocol;
using Bitrix24.Testing.Tasks;

namespace Bitrix24.Testing.Methods;

/// <summary>
/// Runs one method call, alone or inside a batch: finds the handler for the REST version, refuses the call when the
/// method's operating budget is spent, records the execution, captures the result, and charges the method's
/// operating ledger with the call.
/// </summary>
internal sealed class MethodRunner(FakeCrm crm, FakeTasks tasks, FakeLimits limits, FakeFaults faults, FakePortalOptions options, Action<FakeExecution> record)
{
    private readonly Dictionary<string, IMethodHandler> _rest2 = ByName(
        new DealGetHandler(), new DealListHandler(), new DealAddHandler(), new ActivityBindingAddHandler(),
        new ActivityBindingMoveHandler(), new ContactCompanyItemsSetHandler(), new ActivityUpdateHandler(), new ContactGetHandler(),
        new TaskGetRest2Handler());

    private readonly Dictionary<string, IMethodHandler> _rest3 = ByName(new TaskAddHandler(), new TaskGetHandler(), new TaskListHandler());

    /// <summary>The portal's answer options, read on every call.</summary>
    public FakePortalOptions Options => options;

    public IMethodHandler? Find(int restVersion, string method)
        => (restVersion == 3 ? _rest3 : _rest2).GetValueOrDefault(method);

    public MethodOutcome Run(Caller caller, int restVersion, string method, JsonElement parameters, string? idempotencyKey, bool inBatch)
    {
        var clock = options.Clock;
        var started = clock.GetUtcNow();
        var startedAt = clock.GetTimestamp();
        if (Find(restVersion, method) is not { } handler)
        {
            return Refused(RestError.MethodNotFound);
        }

        var ledger = limits.Ledger;
        if (!ledger.Admits(caller.Scope, handler.Method, started))
        {
            return Refused(RestError.OperationTimeLimit);
        }

        record(new FakeExecution(handler.Method, restVersion, parameters.GetRawText(), handler.IsWrite, idempotencyKey, inBatch, started));
        var buffer = new ArrayBufferWriter<byte>();
        var call = new CallContext(new Parameters(parameters), crm, tasks, caller.UserId, faults.ListFault, options);
        RestError? error = null;
        var handling = clock.GetTimestamp();
        try
        {
            using var writer = new Utf8JsonWriter(buffer);
            handler.Handle(call, writer);
        }
        catch (RestException exception)
        {
            error = exception.Error;
        }

        var processing = clock.GetElapsedTime(handling);
        var duration = clock.GetElapsedTime(startedAt);
        var usage = ledger.Charge(caller.Scope, handler.Method, started, duration.TotalSeconds);
        var time = new CallTime(started, duration, processing, usage);
        return error is null
            ? new MethodOutcome(buffer.WrittenSpan.ToArray(), call.Total, call.Next, time, null)
            : new MethodOutcome(null, null, null, time, error);
    }

    /// <summary>A call refused before its method ran.</summary>
    public MethodOutcome Refused(RestError error) => new(null, null, null, Idle(options.Clock.GetUtcNow()), error);

    /// <summary>The <c>time</c> of an answer that ran no method of its own (a batch, a refused call), before its durations are known.</summary>
    public CallTime Idle(DateTimeOffset started) => new(started, TimeSpan.Zero, TimeSpan.Zero, limits.Ledger.Unaccounted(started));

    private static Dictionary<string, IMethodHandler> ByName(params IMethodHandler[] handlers)
    {
        var byName = new Dictionary<string, IMethodHandler>(StringComparer.OrdinalIgnoreCase);
        foreach (var handler in handlers)
        {
            byName.Add(handler.Method, handler);
        }

        return byName;
    }
}
