using System;
using System.Threading;
using System.Threading.Tasks;

namespace Bitrix24.Client.Transport;

/// <summary>
/// Implemented by transports that know their portal: lets long series of requests (bulk reads) run one at a time
/// per portal, as the documentation asks (no parallel series from one address).
/// </summary>
public interface IBitrix24SeriesGate
{
    /// <summary>Waits until no other series runs against the same portal in this process; dispose the result to end the series.</summary>
    Task<IDisposable> EnterSeriesAsync(CancellationToken cancellationToken);
}
