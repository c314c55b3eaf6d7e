namespace Bitrix24.SpecTool.Documents;

/// <summary>One line of a page after includes are expanded, and where it came from.</summary>
/// <param name="Text">The line.</param>
/// <param name="File">The file it is in (the page or an included file).</param>
/// <param name="Line">1-based line number in that file.</param>
internal sealed record SourceLine(string Text, string File, int Line);
