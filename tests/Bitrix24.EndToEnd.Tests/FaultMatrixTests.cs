using System;
using System.Linq;
using System.Threading.Tasks;
using Bitrix24.Client;
using Bitrix24.Client.Errors;
using Bitrix24.Generated;
using Bitrix24.Generated.Crm;
using Bitrix24.Generated.V3.Tasks;
using Bitrix24.Testing;
using Bitrix24.Testing.Crm;

namespace Bitrix24.EndToEnd.Tests;

/// <summary>
/// Every injected fault against a read, a REST 2 write and a REST 3.0 write: retried and succeeded, or a typed error;
/// and the portal's journal never shows a write executed twice.
/// </summary>
public sealed class FaultMatrixTests
{
    public enum CallKind
    {
        Read,
        Write,
        Rest3Write,
    }

    public static TheoryData<FakeFault, CallKind, Type?> Matrix()
    {
        var data = new TheoryData<FakeFault, CallKind, Type?>();
        foreach (var fault in Enum.GetValues<FakeFault>())
        {
            data.Add(fault, CallKind.Read, fault == FakeFault.OverloadLimit ? typeof(Bitrix24Exception) : null);
            data.Add(fault, CallKind.Rest3Write, fault == FakeFault.OverloadLimit ? typeof(Bitrix24Exception) : null);
            data.Add(fault, CallKind.Write, fault switch
            {
                FakeFault.QueryLimitExceeded => null,
                FakeFault.Http500 or FakeFault.OverloadLimit => typeof(Bitrix24Exception),
                FakeFault.Http502Html or FakeFault.Http503Html or FakeFault.HtmlErrorPage or FakeFault.TruncatedJson => typeof(Bitrix24ResponseFormatException),
                _ => typeof(Bitrix24TransportException),
            });
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_fault_gives_the_documented_outcome_and_no_write_runs_twice(FakeFault fault, CallKind kind, Type? expectedError)
    {
        await using var portal = await LeakScan.StartPortalAsync(TestContext.Current.CancellationToken);
        var deal = portal.Crm.Add(new FakeDeal { Title = "Read me" });
        portal.Faults.SlowDelay = TimeSpan.FromSeconds(3);
        using var client = new Bitrix24Client(new Bitrix24ClientOptions
        {
            WebhookUrl = portal.WebhookUrl,
            RequestTimeout = TimeSpan.FromSeconds(1),
            Retry = { BaseDelay = TimeSpan.FromMilliseconds(10), MaxDelay = TimeSpan.FromMilliseconds(50) },
        });
        var api = new Bitrix24Api(client);
        var method = kind switch { CallKind.Read => "crm.deal.get", CallKind.Write => "crm.deal.add", _ => "tasks.task.add" };
        portal.Faults.Inject(method, fault);

        var failure = await Record.ExceptionAsync(() => Call(api, kind, deal.Id));

        if (expectedError is null)
        {
            Assert.Null(failure);
        }
        else
        {
            Assert.IsType(expectedError, failure);
        }

        if (fault == FakeFault.OverloadLimit)
        {
            Assert.Equal(Bitrix24SystemError.OverloadLimit, ((Bitrix24Exception)failure!).SystemError);
            Assert.Single(portal.Calls);
        }

        var executions = portal.Executions.Count(execution => execution.Method == method);
        if (kind != CallKind.Read)
        {
            Assert.InRange(executions, 0, 1);
            if (failure is null)
            {
                Assert.Equal(1, executions);
            }
        }

        Assert.Equal(0, portal.Idempotency.ConcurrentUses);
    }

    private static async Task Call(IBitrix24Api api, CallKind kind, long dealId)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
#pragma warning disable CS0618 // crm.deal.get and crm.deal.add are deprecated; the fake implements them.
        switch (kind)
        {
            case CallKind.Read:
                Assert.Equal("Read me", (await api.Crm.Deal.GetAsync(new DealGetRequest { Id = dealId }, cancellationToken)).Result.Title);
                break;
            case CallKind.Write:
                await api.Crm.Deal.AddAsync(new DealAddRequest { Fields = new() { Title = "Written once" } }, cancellationToken);
                break;
            default:
                await api.V3.Tasks.Task.AddAsync(new TaskAddRequest { Fields = new() { Title = "Written once", CreatorId = 1, ResponsibleId = 1 } }, cancellationToken);
                break;
        }
#pragma warning restore CS0618
    }
}
