using System;

namespace Bitrix24.Testing.Protocol;

/// <summary>Thrown by a method handler to answer with an error.</summary>
internal sealed class RestException(RestError error) : Exception(error.Message)
{
    public RestError Error { get; } = error;
}
