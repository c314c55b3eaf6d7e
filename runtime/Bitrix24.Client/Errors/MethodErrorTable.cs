using System;
using System.ComponentModel;

namespace Bitrix24.Client.Errors;

/// <summary>
/// The documented errors of one method, in the order of its generated error enum: an error is found by its code, or,
/// for the errors the docs give without a code, by its message. A table and one generic mapper rather than generated
/// lookup code per method keep the generated client small (and quick to compile).
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class MethodErrorTable
{
    private readonly string[] _codes;
    private readonly string[]?[]? _messages;

    /// <summary>Creates the table.</summary>
    /// <param name="codes">Each error's code, <c>""</c> for an error documented without one.</param>
    /// <param name="messages">For the errors without a code, the messages that identify them (null: an empty message).</param>
    internal MethodErrorTable(string[] codes, string[]?[]? messages = null)
    {
        _codes = codes ?? throw new ArgumentNullException(nameof(codes));
        _messages = messages;
    }

    /// <summary>The error mapper of a generated method: a documented error becomes a <see cref="Bitrix24MethodException{TError}"/>.</summary>
    /// <typeparam name="TError">The method's error enum, whose members are in the order of <paramref name="codes"/>.</typeparam>
    /// <param name="codes">Each error's code, <c>""</c> for an error documented without one.</param>
    /// <param name="messages">For the errors without a code, the messages that identify them (null: an empty message).</param>
    /// <returns>The mapper; it returns null for an error the method does not document.</returns>
    public static Func<Bitrix24ErrorInfo, Bitrix24Exception?> Mapper<TError>(string[] codes, string[]?[]? messages = null)
        where TError : struct, Enum
    {
        var table = new MethodErrorTable(codes, messages);
        return info => table.TryFind(info.Code, info.Message, out var index)
            ? new Bitrix24MethodException<TError>((TError)Enum.ToObject(typeof(TError), index), info)
            : null;
    }

    /// <summary>Finds the documented error; <paramref name="index"/> is its position in the table (0 when not found).</summary>
    /// <param name="code">The answer's <c>error</c> code.</param>
    /// <param name="message">The answer's <c>error_description</c>, which identifies an error documented without a code.</param>
    /// <param name="index">The error's position, which is its value in the generated enum.</param>
    /// <returns>Whether the error is one the method documents.</returns>
    internal bool TryFind(string? code, string? message, out int index)
    {
        var isCodeless = string.IsNullOrEmpty(code);
        for (index = 0; index < _codes.Length; index++)
        {
            if (isCodeless ? _codes[index].Length == 0 && MessageMatches(index, message) : string.Equals(_codes[index], code, StringComparison.Ordinal))
            {
                return true;
            }
        }

        index = 0;
        return false;
    }

    private bool MessageMatches(int index, string? message)
    {
        var documented = _messages is null || index >= _messages.Length ? null : _messages[index];
        if (documented is null || documented.Length == 0)
        {
            return ErrorMessages.Matches(message, string.Empty);
        }

        foreach (var text in documented)
        {
            if (ErrorMessages.Matches(message, text))
            {
                return true;
            }
        }

        return false;
    }
}
