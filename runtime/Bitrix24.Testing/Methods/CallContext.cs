using Bitrix24.Testing.Crm;
using Bitrix24.Testing.Protocol;
using Bitrix24.Testing.Tasks;

namespace Bitrix24.Testing.Methods;

/// <summary>One call as a method handler sees it.</summary>
/// <param name="parameters">The call's parameters.</param>
/// <param name="crm">The portal's CRM.</param>
/// <param name="tasks">The portal's tasks.</param>
/// <param name="userId">The user the call acts for; user 2 has no CRM permissions.</param>
/// <param name="listFault">How list methods page wrongly, if they do.</param>
/// <param name="options">How the answers vary the way real portals' do.</param>
internal sealed class CallContext(Parameters parameters, FakeCrm crm, FakeTasks tasks, long userId, FakeListFault listFault, FakePortalOptions options)
{
    public Parameters Parameters { get; } = parameters;

    public FakeCrm Crm { get; } = crm;

    public FakeTasks Tasks { get; } = tasks;

    public long UserId { get; } = userId;

    public FakeListFault ListFault { get; } = listFault;

    public FakePortalOptions Options { get; } = options;

    /// <summary>False for the restricted webhook's user, who has no CRM permissions.</summary>
    public bool CanUseCrm => UserId != 2;

    /// <summary>False for the restricted webhook's user, who has no task permissions either.</summary>
    public bool CanUseTasks => CanUseCrm;

    /// <summary>A REST 2 list's <c>total</c>, set by list handlers that count.</summary>
    public long? Total { get; set; }

    /// <summary>A REST 2 list's <c>next</c>, set by list handlers when more rows remain.</summary>
    public long? Next { get; set; }

    public static RestException Error(string code, string message) => new(RestError.BadRequest(code, message));
}
