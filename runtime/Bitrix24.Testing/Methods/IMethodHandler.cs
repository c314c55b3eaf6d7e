using System.Text.Json;

namespace Bitrix24.Testing.Methods;

/// <summary>Implements one REST method of the fake portal.</summary>
internal interface IMethodHandler
{
    /// <summary>The method's name.</summary>
    string Method { get; }

    /// <summary>Whether the method creates or changes data (REST 3.0 honours <c>Idempotency-Key</c> only for these).</summary>
    bool IsWrite { get; }

    /// <summary>Checks the call, changes the data, and writes the <c>result</c> value; throws <see cref="Protocol.RestException"/> for an error answer.</summary>
    void Handle(CallContext call, Utf8JsonWriter result);
}
