using Bitrix24.Specs.Model;

namespace Bitrix24.SpecTool.Extraction;

/// <summary>A method's documented result, its list shape, and how its structure was found or why it was not.</summary>
/// <param name="Result">The result, or null when the page documents none.</param>
/// <param name="List">Where a list method's rows are, or null for other methods and lists whose rows cannot be found.</param>
/// <param name="Route">How the result's structure was found, or null when it is not typed.</param>
/// <param name="UntypedReason">Why the result is not typed, or null when it is.</param>
internal sealed record ResultReading(ResultSpec? Result, ListSpec? List, ResultRoute? Route, string? UntypedReason);
