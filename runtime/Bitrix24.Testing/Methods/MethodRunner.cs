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
/// Runs one method call, alone or inside a batch: finds the handler for the REST version, charges the method's
/// operating time (refusing the call when the budget is spent), records the execution, and captures the result.
/// </summary>
internal sealed class MethodRunner(FakeCrm crm, FakeTasks tasks, FakeLimits limits, FakeFaults faults, FakePortalOptions options, Action<FakeExecution> record)
{
    private static readonly TimeSpan IdleResetWindow = TimeSpan.FromMinutes(10);

    private readonly Dictionary<string, IMethodHandler> _rest2 = ByName(
        new DealGetHandler(), new DealListHandler(), new DealAddHandler(), new ActivityBindingAddHandler(),
        new ActivityBindingMoveHandler(), new ContactCompanyItemsSetHandler(), new ActivityUpdateHandler());

    private readonly Dictionary<string, IMethodHandler> _rest3 = ByName(new TaskAddHandler(), new TaskGetHandler(), new TaskListHandler());
    private readonly OperatingUsage _idle = new(0, (DateTimeOffset.UtcNow + IdleResetWindow).ToUnixTimeSeconds());

    public IMethodHandler? Find(int restVersion, string method)
        => (restVersion == 3 ? _rest3 : _rest2).GetValueOrDefault(method);

    public MethodOutcome Run(Caller caller, int restVersion, string method, JsonElement parameters, string? idempotencyKey, bool inBatch)
    {
        var started = DateTimeOffset.UtcNow;
        if (Find(restVersion, method) is not { } handler)
        {
            return Failed(RestError.MethodNotFound);
        }

        var usage = limits.Operating is { } operating ? operating.TryCharge(caller.Scope, handler.Method, started) : _idle;
        if (usage is not { } charged)
        {
            return Failed(RestError.OperationTimeLimit);
        }

        record(new FakeExecution(handler.Method, restVersion, parameters.GetRawText(), handler.IsWrite, idempotencyKey, inBatch, started));
        var buffer = new ArrayBufferWriter<byte>();
        var call = new CallContext(new Parameters(parameters), crm, tasks, caller.UserId, faults.ListFault, options);
        try
        {
            using var writer = new Utf8JsonWriter(buffer);
            handler.Handle(call, writer);
        }
        catch (RestException exception)
        {
            return Failed(exception.Error);
        }

        return new MethodOutcome(buffer.WrittenSpan.ToArray(), call.Total, call.Next, new CallTime(started, DateTimeOffset.UtcNow, charged), null);

        MethodOutcome Failed(RestError error) => new(null, null, null, new CallTime(started, DateTimeOffset.UtcNow, _idle), error);
    }

    /// <summary>A call refused before any method ran (inside a batch).</summary>
    public MethodOutcome Refused(RestError error) => new(null, null, null, Idle(DateTimeOffset.UtcNow), error);

    /// <summary>The <c>time</c> of an answer that ran no method of its own (a batch, a refused command).</summary>
    public CallTime Idle(DateTimeOffset started) => new(started, DateTimeOffset.UtcNow, _idle);

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
