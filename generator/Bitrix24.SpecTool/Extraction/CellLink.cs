namespace Bitrix24.SpecTool.Extraction;

/// <summary>A link in a table cell.</summary>
/// <param name="Text">The link's text as plain text (inline code kept without its backticks).</param>
/// <param name="Href">The target as written (<c>#deal</c>, <c>./crm-deal-get.md#deal</c>, <c>../data-types.md</c>); resolve it with <c>DocLinks</c>.</param>
internal sealed record CellLink(string Text, string Href);
