namespace Bitrix24.SpecTool.Documents;

/// <summary>A table cell's raw markdown.</summary>
internal sealed record TableCell(string Markdown);
