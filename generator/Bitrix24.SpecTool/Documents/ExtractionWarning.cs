namespace Bitrix24.SpecTool.Documents;

/// <summary>Something on a page the tool could not understand; the sweep goes on.</summary>
/// <param name="File">The file, relative to the documentation root when it is inside it.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Message">What is wrong.</param>
internal sealed record ExtractionWarning(string File, int Line, string Message)
{
    public override string ToString() => $"{File}({Line}): warning: {Message}";
}
