using System.Collections.Generic;

namespace Bitrix24.Client.Transport;

/// <summary>A request that runs several methods in one call (a batch): the limits account each method it runs.</summary>
internal interface IMultiMethodRequest : IBitrix24Request
{
    /// <summary>The methods it runs, in order.</summary>
    IReadOnlyList<IMethodCommand> Commands { get; }
}
