using System.Text.Json;
using Bitrix24.Testing.Protocol;

namespace Bitrix24.Testing.Methods;

/// <summary><c>crm.deal.get</c>: a deal by id, in the portal's loosely typed JSON.</summary>
internal sealed class DealGetHandler : IMethodHandler
{
    public string Method => "crm.deal.get";

    public bool IsWrite => false;

    public void Handle(CallContext call, Utf8JsonWriter result)
    {
        var id = call.Parameters.PositiveId("id", "ID") ?? throw CallContext.Error(string.Empty, "ID is not defined or invalid.");
        if (!call.CanUseCrm)
        {
            throw CallContext.Error(string.Empty, "Access denied.");
        }

        call.Crm.Atomically(crm =>
        {
            var deal = crm.ReadDeal(id) ?? throw CallContext.Error(string.Empty, "Not found");
            DealFields.Write(result, deal, DealFields.Everything, call.Options);
        });
    }
}
