namespace Bitrix24.Testing.Protocol;

/// <summary>One entry of a REST 3.0 validation error's <c>validation</c> list: the request field and what is wrong with it.</summary>
/// <param name="Field">The request field the error is about.</param>
/// <param name="Message">What is wrong with the field.</param>
public sealed record RestValidation(string Field, string Message);
