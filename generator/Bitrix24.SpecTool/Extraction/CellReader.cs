using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Bitrix24.SpecTool.Extraction;

/// <summary>Reads table cells with Markdig: the bold parameter name, its required marker, the inline-code type token, plain text.</summary>
internal static partial class CellReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().Build();

    /// <summary>
    /// The name cell: <c>**name***</c> (required) then <c>[`type`](link)</c>. Required markers seen in the docs:
    /// <c>**name***</c>, <c>**name**^*^</c>, <c>**name^*^**</c>, <c>**name***,**</c>; <c>**name****</c> is another marker
    /// (not required) and <c>**UF_\***</c> is a name ending in a star.
    /// </summary>
    public static (string? Name, bool Required, string Type) NameCell(string markdown)
    {
        var cell = Parameter(markdown);
        return (cell.Name, cell.Required, cell.Type);
    }

    /// <summary>The name cell as <see cref="NameCell"/> reads it, with the targets of the links its type token came from.</summary>
    public static ParameterCell Parameter(string markdown)
    {
        string? name = null;
        var required = false;
        var bold = BoldName().Match(markdown);
        if (bold.Success)
        {
            name = bold.Groups["name"].Value;
            var after = bold.Groups["after"].Value;
            required = name.Contains("^*^", StringComparison.Ordinal) || after.StartsWith("^*^", StringComparison.Ordinal)
                || (after.StartsWith('*') && !after.StartsWith("**", StringComparison.Ordinal));
            name = Unescape().Replace(name.Replace("^*^", string.Empty, StringComparison.Ordinal), "$1").Trim();
        }
        else if (PlainName().Match(markdown) is { Success: true } plain)
        {
            name = plain.Groups["name"].Value;
            required = plain.Groups["star"].Success;
        }

        var (type, hrefs) = TypeToken(markdown, name);
        return new ParameterCell(string.IsNullOrWhiteSpace(name) ? null : name, required, type, hrefs);
    }

    /// <summary>Every link of a cell in order: its plain text and its target as written (<c>#deal</c>, <c>../data-types.md</c>).</summary>
    public static IReadOnlyList<CellLink> Links(string markdown)
        => Markdown.Parse(markdown, Pipeline).Descendants<LinkInline>()
            .Where(link => !link.IsImage && !string.IsNullOrWhiteSpace(link.Url))
            .Select(link => new CellLink(Collapse(string.Concat(link.Descendants<Inline>().Select(InlineText))), link.Url!.Trim()))
            .ToList();

    // The type under the name: the first inline code (usually a link's text). Codes joined by "|" — inside one link,
    // or links separated by "|" or "\|" — are a union, written "a|b"; codes on separate lines without "|" are not.
    // The links the codes came from give the hrefs.
    private static (string Type, IReadOnlyList<string> Hrefs) TypeToken(string markdown, string? name)
    {
        var paragraph = Markdown.Parse(markdown, Pipeline).Descendants<ParagraphBlock>().FirstOrDefault();
        var parts = new List<string>();
        var hrefs = new List<string>();
        var pipe = false;
        foreach (var inline in paragraph?.Inline ?? Enumerable.Empty<Inline>())
        {
            var codes = inline switch
            {
                LinkInline link => link.Descendants<CodeInline>().Select(code => code.Content.Trim()).ToList(),
                CodeInline code when code.Content.Trim() != name => [code.Content.Trim()],
                _ => null,
            };
            if (codes is { Count: > 0 })
            {
                if (parts.Count > 0 && !pipe)
                {
                    break;
                }

                parts.AddRange(codes.Where(code => code.Length > 0));
                if (inline is LinkInline { Url: { Length: > 0 } url })
                {
                    hrefs.Add(url.Trim());
                }

                pipe = false;
                continue;
            }

            var text = inline is LiteralInline literal ? literal.Content.ToString() : inline is LineBreakInline ? " " : null;
            if (parts.Count > 0 && text is not null && text.Trim().Length > 0 && text.Trim().Trim('|').Trim().Length == 0)
            {
                pipe = true;
            }
            else if (parts.Count > 0 && text is not null && text.Trim().Length > 0)
            {
                break;
            }
        }

        return (string.Join("|", parts), hrefs);
    }

    private static string InlineText(Inline inline)
        => inline switch
        {
            LiteralInline literal => literal.Content.ToString(),
            CodeInline code => code.Content,
            LineBreakInline => " ",
            _ => string.Empty,
        };

    /// <summary>Markdown to one line of plain text.</summary>
    public static string Plain(string markdown) => Collapse(Markdown.ToPlainText(markdown, Pipeline));

    /// <summary>The first paragraph of a cell as plain text.</summary>
    public static string FirstParagraph(string markdown)
    {
        var paragraph = markdown.Replace("\r", string.Empty).Split("\n\n", StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? string.Empty;
        return Plain(paragraph);
    }

    /// <summary>Inline code spans of a cell, in order.</summary>
    public static IReadOnlyList<string> Codes(string markdown)
        => Markdown.Parse(markdown, Pipeline).Descendants<CodeInline>().Select(code => code.Content.Trim()).ToList();

    public static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"^\s*\*\*(?<name>(?:\\.|\^\*\^|[^*\\\n])+?)\*\*(?<after>[^\s|]*)")]
    private static partial Regex BoldName();

    [GeneratedRegex(@"\\(.)")]
    private static partial Regex Unescape();

    [GeneratedRegex(@"^\s*`?(?<name>[A-Za-z_][\w.\[\]]*)`?\s*(?<star>\\?\*)?")]
    private static partial Regex PlainName();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
