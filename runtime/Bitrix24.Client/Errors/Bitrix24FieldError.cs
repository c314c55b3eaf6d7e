namespace Bitrix24.Client.Errors;

/// <summary>One entry of a REST 3.0 validation error's <c>validation</c> list: which request field failed, and why.</summary>
/// <param name="Field">The request field, as the portal names it (may be empty).</param>
/// <param name="Message">What is wrong with it.</param>
public sealed record Bitrix24FieldError(string Field, string Message);
