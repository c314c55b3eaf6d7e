namespace Bitrix24.Specs.Model;

/// <summary>One documented, method-specific error.</summary>
/// <param name="Code">The <c>error</c> code; numeric codes are strings, and some pages give none (empty).</param>
/// <param name="Message">The documented message or description.</param>
/// <param name="Status">The HTTP status, when documented.</param>
/// <param name="Position">Where the error starts in its file.</param>
public sealed record ErrorSpec(string Code, string? Message, int? Status, SpecPosition Position);
