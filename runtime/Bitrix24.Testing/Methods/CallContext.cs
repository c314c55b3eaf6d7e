using Bitrix24.Testing.Crm;
using Bitrix24.Testing.Protocol;

namespace Bitrix24.Testing.Methods;

/// <summary>One call as a method handler sees it.</summary>
/// <param name="Parameters">The call's parameters.</param>
/// <param name="Crm">The portal's data.</param>
/// <param name="CanUseCrm">False for the restricted webhook's user, who has no CRM permissions.</param>
internal sealed record CallContext(Parameters Parameters, FakeCrm Crm, bool CanUseCrm)
{
    public static RestException Error(string code, string message) => new(RestError.BadRequest(code, message));
}
