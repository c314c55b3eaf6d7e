using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Bitrix24.Specs.Model;
using Bitrix24.SpecTool.Documents;

namespace Bitrix24.SpecTool.Extraction;

/// <summary>
/// Reads text exports of rendered pages (the seed documents): headings are plain lines, and each table is flattened
/// either into paragraphs (one cell each) or into lines ending with <c>|</c> (a bare <c>|</c> starts a row or is an
/// empty cell). Inline values are often lost; what survives — names, required flags, types, codes, messages — is kept.
/// A .txt file that is really markdown goes to <see cref="PageExtractor"/>.
/// </summary>
internal static partial class SeedExtractor
{
    private static readonly string[] KnownHeadings =
    [
        "method parameters", "code examples", "response handling", "returned data", "error handling", "possible error codes",
        "statuses and system error codes", "continue learning", "related methods and topics", "how to use examples in documentation",
        "параметры метода", "примеры кода", "обработка ответа", "возвращаемые данные", "обработка ошибок", "возможные коды ошибок",
        "статусы и системные коды ошибок", "статусы и коды системных ошибок", "продолжите изучение", "связанные методы и темы", "как использовать примеры в документации",
    ];

    private static readonly string[] HeaderWords = ["name", "type", "description", "code", "value", "status", "message", "название", "тип", "описание", "код", "значение", "статус", "сообщение"];

    public static PageResult Extract(string path, string relative)
    {
        var warnings = new List<ExtractionWarning>();
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            warnings.Add(new ExtractionWarning(relative, 1, $"cannot read: {exception.Message}"));
            return new PageResult(relative, null, warnings, PageResult.Unreadable);
        }

        if (text.Contains("\n#|", StringComparison.Ordinal) || text.TrimStart().StartsWith("# ", StringComparison.Ordinal))
        {
            var folder = Path.GetDirectoryName(path)!;
            return new PageExtractor(new PageLoader(folder), new TypeRegistry(new DocIndex(folder))).Extract(path) with { Page = relative };
        }

        var lines = text.Replace("\r", string.Empty).Split('\n');
        var title = lines.FirstOrDefault(line => line.Trim().Length > 0)?.Trim() ?? string.Empty;
        var method = MethodName().Match(title);
        if (!method.Success)
        {
            return new PageResult(relative, null, warnings, "the title names no method");
        }

        var name = method.Groups["method"].Value;
        var parameters = Rows(Section(lines, "method parameters", "параметры метода"))
            .Select(row => Parameter(row))
            .OfType<ParamSpec>()
            .GroupBy(parameter => parameter.Name)
            .Select(group => group.First())
            .ToEquatableArray();
        var errors = Errors(Section(lines, "possible error codes", "возможные коды ошибок")).ToEquatableArray();
        var spec = new MethodSpec(
            name,
            2,
            Scope(lines),
            title.Substring(0, title.Length - name.Length).Trim(),
            null,
            null,
            false,
            null,
            MethodKinds.Of(name),
            relative,
            parameters,
            null,
            null,
            errors,
            default);
        return new PageResult(relative, spec, warnings, null);
    }

    private static List<string> Section(string[] lines, params string[] headings)
    {
        var start = Array.FindIndex(lines, line => headings.Contains(line.Trim().ToLowerInvariant()));
        var section = new List<string>();
        for (var i = start + 1; start >= 0 && i < lines.Length; i++)
        {
            var heading = lines[i].Trim().ToLowerInvariant();
            if (KnownHeadings.Contains(heading) || heading.StartsWith("structure of", StringComparison.Ordinal) || heading.StartsWith("структура", StringComparison.Ordinal))
            {
                break;
            }

            section.Add(lines[i]);
        }

        return section;
    }

    // Cells of a flattened table, then rows of as many cells as the header has.
    private static List<List<string>> Rows(List<string> section)
    {
        var body = section.SkipWhile(line => !IsHeaderCell(line) && line.Trim() != "|").ToList();
        var piped = body.Any(line => line.TrimEnd().EndsWith('|'));
        var cells = piped ? PipeCells(body) : ParagraphCells(body);
        var separators = piped && body.Any(line => line.Trim() == "|");
        var start = separators ? 1 : 0;
        var width = cells.Skip(start).TakeWhile(IsHeaderCell).Count();
        if (width == 0)
        {
            return [];
        }

        var rowWidth = width + start;
        var rows = new List<List<string>>();
        for (var i = rowWidth; i + rowWidth <= cells.Count; i += rowWidth)
        {
            rows.Add(cells.Skip(i + start).Take(width).ToList());
        }

        return rows;
    }

    private static List<string> PipeCells(List<string> lines)
    {
        var cells = new List<string>();
        var current = new List<string>();
        foreach (var line in lines)
        {
            var trimmed = line.Trim();
            if (trimmed.EndsWith('|'))
            {
                current.Add(trimmed.Substring(0, trimmed.Length - 1).Trim());
                cells.Add(string.Join("\n", current).Trim());
                current.Clear();
            }
            else if (trimmed.Length > 0)
            {
                current.Add(trimmed);
            }
        }

        return cells;
    }

    private static List<string> ParagraphCells(List<string> lines)
        => string.Join("\n", lines).Split("\n\n", StringSplitOptions.RemoveEmptyEntries).Select(cell => cell.Trim()).Where(cell => cell.Length > 0).ToList();

    private static bool IsHeaderCell(string cell)
    {
        var words = cell.Trim().TrimEnd('|').Trim().ToLowerInvariant().Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && words.All(word => HeaderWords.Contains(word));
    }

    private static ParamSpec? Parameter(List<string> row)
    {
        var nameLines = row[0].Split('\n');
        var match = ParameterName().Match(nameLines[0].Trim());
        if (!match.Success)
        {
            return null;
        }

        var type = nameLines.Length > 1 && TypeToken().IsMatch(nameLines[1].Trim()) ? nameLines[1].Trim() : match.Groups["type"].Value;
        var description = row.Count > 1 ? CellReader.Collapse(row[1]) : string.Empty;
        return new ParamSpec(match.Groups["name"].Value, type, match.Groups["star"].Success, description.Length == 0 ? null : description, null, default, default, default, default);
    }

    private static IEnumerable<ErrorSpec> Errors(List<string> section)
    {
        var body = section.SkipWhile(line => !IsHeaderCell(line) && line.Trim() != "|").ToList();
        var piped = body.Any(line => line.TrimEnd().EndsWith('|'));
        var header = (piped ? PipeCells(body) : ParagraphCells(body)).SkipWhile(cell => cell.Length == 0).TakeWhile(IsHeaderCell).Select(cell => cell.ToLowerInvariant()).ToList();
        var code = header.FindIndex(cell => cell.Contains("code") || cell.Contains("код"));
        var message = header.FindIndex(cell => cell.Contains("message") || cell.Contains("description") || cell.Contains("описание") || cell.Contains("сообщение"));
        foreach (var row in Rows(section))
        {
            var codeText = code >= 0 && code < row.Count ? row[code].Trim() : string.Empty;
            var messageText = message >= 0 && message < row.Count ? CellReader.Collapse(row[message]) : string.Empty;
            if (messageText.Length == 0)
            {
                // Exports lose inline values: keep whatever text of the row survived.
                messageText = CellReader.Collapse(string.Join(" ", row.Where((cell, index) => index != code)));
            }

            if (!CodeLike().IsMatch(codeText))
            {
                codeText = string.Empty;
            }

            if (codeText.Length > 0 || messageText.Length > 0)
            {
                yield return new ErrorSpec(codeText, messageText.Length == 0 ? null : messageText, null, default);
            }
        }
    }

    private static string? Scope(string[] lines)
    {
        var index = Array.FindIndex(lines, line => line.Trim().StartsWith("Scope:", StringComparison.OrdinalIgnoreCase));
        if (index < 0)
        {
            return null;
        }

        var inline = lines[index].Trim().Substring("Scope:".Length).Trim();
        var text = inline.Length > 0 ? inline : index + 1 < lines.Length ? lines[index + 1].Trim() : string.Empty;
        var scope = ScopeWord().Match(text);
        return scope.Success ? scope.Value : null;
    }

    [GeneratedRegex(@"(?<method>[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z][A-Za-z0-9_]*)+)\s*$")]
    private static partial Regex MethodName();

    [GeneratedRegex(@"^(?<name>[A-Za-z_][\w\[\].]*)(?<star>\*)?(?:\s+(?<type>[a-z_]+(?:\[\])?))?$")]
    private static partial Regex ParameterName();

    [GeneratedRegex(@"^[a-z_]+(\[\])?$")]
    private static partial Regex TypeToken();

    [GeneratedRegex(@"^[A-Z0-9_]+$|^\d{3}$")]
    private static partial Regex CodeLike();

    // "crmWho can execute..." in some exports: the scope runs into the next line's text.
    [GeneratedRegex(@"^[a-z_]+?(?=Who|Кто|$|\s)")]
    private static partial Regex ScopeWord();
}
