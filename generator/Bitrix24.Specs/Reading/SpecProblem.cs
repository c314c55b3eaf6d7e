namespace Bitrix24.Specs.Reading;

/// <summary>A problem found while reading a spec, with its 1-based position in the file.</summary>
/// <param name="Kind">What is wrong.</param>
/// <param name="Message">A readable explanation.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
public sealed record SpecProblem(SpecProblemKind Kind, string Message, int Line, int Column)
{
    /// <summary>Warnings leave the spec usable; anything else makes it unusable.</summary>
    public bool IsWarning => Kind is SpecProblemKind.UnknownKey or SpecProblemKind.UnknownType;
}
