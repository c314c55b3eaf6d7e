using System;
using Bitrix24.Client.Errors;
using Bitrix24.Client.Json;

namespace Bitrix24.Client.Transport;

/// <summary>Everything the transport needs to know about one REST method; generated code declares one per method.</summary>
/// <typeparam name="TResult">The typed <c>result</c>.</typeparam>
public sealed class Bitrix24Method<TResult> : IBitrix24MethodInfo
{
    /// <summary>Creates a method description.</summary>
    /// <param name="name">Wire name, exactly as documented.</param>
    /// <param name="restVersion">2, or 3 for REST 3.0 (<c>/rest/api/</c>).</param>
    /// <param name="isRead">True when the method only reads (safe to retry).</param>
    /// <param name="parseResult">Reads the <c>result</c> value.</param>
    /// <param name="mapError">Turns a documented method error into its typed exception; null for other codes.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a REST method name (dot-separated parts of letters, digits and <c>_</c>, each starting with a letter).</exception>
    public Bitrix24Method(
        string name,
        int restVersion,
        bool isRead,
        JsonValueParser<TResult> parseResult,
        Func<Bitrix24ErrorInfo, Bitrix24Exception?>? mapError)
    {
        MethodNames.Validate(name, nameof(name));
        Name = name;
        RestVersion = restVersion;
        IsRead = isRead;
        ParseResult = parseResult ?? throw new ArgumentNullException(nameof(parseResult));
        MapError = mapError;
    }

    /// <summary>Wire name.</summary>
    public string Name { get; }

    /// <summary>2, or 3 for REST 3.0.</summary>
    public int RestVersion { get; }

    /// <summary>True when the method only reads.</summary>
    public bool IsRead { get; }

    /// <summary>Reads the <c>result</c> value.</summary>
    public JsonValueParser<TResult> ParseResult { get; }

    /// <summary>Maps documented method errors to typed exceptions.</summary>
    public Func<Bitrix24ErrorInfo, Bitrix24Exception?>? MapError { get; }

    /// <summary>The exception for an error answer: the method's typed one when documented, else a system one.</summary>
    public Bitrix24Exception CreateException(Bitrix24ErrorInfo error) => MapError?.Invoke(error) ?? new Bitrix24Exception(error);
}
