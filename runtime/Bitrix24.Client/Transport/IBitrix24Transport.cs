using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace Bitrix24.Client.Transport;

/// <summary>Sends calls to one portal. Generated clients call it; tests can replace it.</summary>
public interface IBitrix24Transport
{
    /// <summary>Calls a typed method.</summary>
    /// <exception cref="Errors.Bitrix24Exception">The portal answered with an error.</exception>
    Task<Bitrix24Response<TResult>> SendAsync<TResult>(Bitrix24Method<TResult> method, IBitrix24Request? request, CancellationToken cancellationToken);

    /// <summary>Calls any method with a JSON object of parameters; the untyped escape hatch.</summary>
    /// <exception cref="System.ArgumentException"><paramref name="method"/> is not a REST method name (dot-separated parts of letters, digits and <c>_</c>, each starting with a letter), or the parameters are not one JSON object; nothing was sent.</exception>
    /// <exception cref="Errors.Bitrix24Exception">The portal answered with an error.</exception>
    Task<Bitrix24Response<JsonElement>> CallAsync(string method, string parametersJson, CancellationToken cancellationToken);
}
