namespace Bitrix24.SpecTool.Documents;

/// <summary>Where a link inside the documentation points: a page relative to the documentation root, and an anchor on it.</summary>
/// <param name="Page">The page, relative to the documentation root with <c>/</c> separators (<c>api-reference/crm/data-types.md</c>).</param>
/// <param name="Anchor">The anchor after <c>#</c>, or null when the link names the page only.</param>
internal sealed record DocTarget(string Page, string? Anchor);
