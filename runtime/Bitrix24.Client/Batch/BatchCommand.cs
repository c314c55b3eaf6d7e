using System.Text.Json;
using Bitrix24.Client.Transport;

namespace Bitrix24.Client.Batch;

/// <summary>One call inside a batch.</summary>
/// <param name="Key">The command's key (REST 2: the <c>cmd</c> member name, used by <c>$result[key]</c> references).</param>
/// <param name="Method">The method's wire name.</param>
/// <param name="Parameters">The call's parameters as a JSON object.</param>
/// <param name="IsRead">True when the method only reads.</param>
internal sealed record BatchCommand(string Key, string Method, JsonElement Parameters, bool IsRead) : IMethodCommand;
