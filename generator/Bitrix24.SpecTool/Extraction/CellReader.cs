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

    /// <summary>The name cell: <c>**name***</c> (required) then <c>[`type`](link)</c>.</summary>
    public static (string? Name, bool Required, string Type) NameCell(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        var inlines = document.Descendants<Inline>().ToList();
        var strong = inlines.OfType<EmphasisInline>().FirstOrDefault(emphasis => emphasis.DelimiterCount >= 2);
        string? name = null;
        var required = false;
        if (strong is not null)
        {
            name = Plain(strong).Trim();
            var after = strong.Span.End + 1;
            var rest = after >= 0 && after <= markdown.Length ? markdown.Substring(after) : string.Empty;
            required = RequiredAfter().IsMatch(rest) || name.EndsWith('*');
            name = name.TrimEnd('*', '\\').Trim();
        }
        else if (PlainName().Match(markdown) is { Success: true } plain)
        {
            name = plain.Groups["name"].Value;
            required = plain.Groups["star"].Success;
        }

        var codes = inlines.OfType<CodeInline>().Select(code => code.Content.Trim()).Where(code => code.Length > 0).ToList();
        var type = codes.FirstOrDefault(code => code != name) ?? string.Empty;
        return (string.IsNullOrWhiteSpace(name) ? null : name, required, type);
    }

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

    private static string Plain(ContainerInline container)
        => string.Concat(container.Descendants<Inline>().Select(inline => inline switch
        {
            LiteralInline literal => literal.Content.ToString(),
            CodeInline code => code.Content,
            _ => string.Empty,
        }));

    [GeneratedRegex(@"^\s*(\\\*|\*|&ast;|＊)")]
    private static partial Regex RequiredAfter();

    [GeneratedRegex(@"^\s*`?(?<name>[A-Za-z_][\w.\[\]]*)`?\s*(?<star>\\?\*)?")]
    private static partial Regex PlainName();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
