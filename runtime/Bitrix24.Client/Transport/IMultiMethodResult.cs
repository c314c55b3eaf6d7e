namespace Bitrix24.Client.Transport;

/// <summary>The result of a <see cref="IMultiMethodRequest"/>: what each command cost and how it ended.</summary>
internal interface IMultiMethodResult
{
    /// <summary>The <c>time</c> block of the command filed under <paramref name="key"/>, or null.</summary>
    ResponseTime? TimeOf(string key);

    /// <summary>The error code the command filed under <paramref name="key"/> ended with, or null when it succeeded.</summary>
    string? ErrorCodeOf(string key);
}
