using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using Bitrix24.Specs.Model;
using Bitrix24.SpecTool.Documents;

namespace Bitrix24.SpecTool.Extraction;

/// <summary>
/// Reads method-specific error tables of 2 to 4 columns (status, code, message, description — in whatever order the
/// header says), taking the code from the code column and the message from the message column, else the description.
/// </summary>
internal static partial class ErrorTables
{
    public static List<ErrorSpec> Read(IReadOnlyList<DocSection> sections, IEnumerable<DocSection> statusSections, List<ExtractionWarning> warnings)
    {
        var errors = new List<ErrorSpec>();
        var status = CommonStatus(statusSections);
        var codeLines = sections.SelectMany(section => section.Lines).Where(line => GroupCode().IsMatch(line.Text)).ToList();
        foreach (var table in sections.SelectMany(section => section.Tables))
        {
            if (table.Rows.Count == 0)
            {
                continue;
            }

            var groupCode = GroupCodeBefore(codeLines, table.Rows[0].Start);
            var layout = Layout.Of(table.Rows[0], groupCode is not null);
            if (layout is null)
            {
                continue;
            }

            foreach (var row in table.Rows.Skip(1))
            {
                if (Read(row, layout) is { } error)
                {
                    error = layout.Code < 0 ? error with { Code = groupCode ?? string.Empty } : error;
                    errors.Add(error.Status is null ? error with { Status = status } : error);
                }
                else
                {
                    warnings.Add(new ExtractionWarning(row.Start.File, row.Start.Line, "error row without a code or a message"));
                }
            }
        }

        return errors;
    }

    // "HTTP status: **400**" under Error Handling applies to every error of a table without a status column.
    private static int? CommonStatus(IEnumerable<DocSection> sections)
    {
        var statuses = sections.SelectMany(section => section.Lines)
            .Select(line => HttpStatus().Match(line.Text))
            .Where(match => match.Success)
            .Select(match => int.Parse(match.Groups["status"].Value, CultureInfo.InvariantCulture))
            .Distinct()
            .ToList();
        return statuses.Count == 1 ? statuses[0] : null;
    }

    // REST 3.0 pages: "Error Code: `BITRIX_REST_V3_...`" above a table of that code's cases.
    private static string? GroupCodeBefore(IReadOnlyList<SourceLine> codeLines, SourceLine tableStart)
    {
        var line = codeLines.LastOrDefault(candidate => candidate.File == tableStart.File && candidate.Line < tableStart.Line);
        return line is null ? null : GroupCode().Match(line.Text).Groups["code"].Value;
    }

    private static ErrorSpec? Read(TableRow row, Layout layout)
    {
        string Cell(int index) => index >= 0 && index < row.Cells.Count ? row.Cells[index].Markdown : string.Empty;

        if (layout.Code < 0)
        {
            var text = CellReader.FirstParagraph(Cell(layout.Message >= 0 ? layout.Message : layout.Description));
            return text.Length == 0 ? null : new ErrorSpec(string.Empty, text, null, new SpecPosition(row.Start.Line, 1));
        }

        var codeCell = Cell(layout.Code);
        var codes = CellReader.Codes(codeCell);
        var code = codes.Count > 0 ? codes[0] : CellReader.Plain(codeCell);
        var message = CellReader.FirstParagraph(layout.Message >= 0 ? Cell(layout.Message) : string.Empty);
        if (layout.Message < 0 || message.Length == 0)
        {
            // "`CODE`\nMessage" in one cell, or only a description column.
            var rest = codes.Count > 0 ? CellReader.Plain(codeCell.Replace($"`{codes[0]}`", string.Empty, StringComparison.Ordinal)) : string.Empty;
            message = rest.Length > 0 ? rest : CellReader.FirstParagraph(Cell(layout.Description));
        }

        // A code written as code is kept as written (some pages put the error text there); plain words such as
        // "Empty value", and a dash, mean the error has no code.
        if (codes.Count > 0 ? !code.Any(char.IsLetterOrDigit) : !CodeLike().IsMatch(code))
        {
            message = message.Length == 0 && code.Any(char.IsLetter) ? code : message;
            code = string.Empty;
        }

        int? status = int.TryParse(CellReader.Plain(Cell(layout.Status)).Trim('`'), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed is >= 100 and <= 599 ? parsed : null;
        return code.Length == 0 && message.Length == 0 ? null : new ErrorSpec(code, message.Length == 0 ? null : message, status, new SpecPosition(row.Start.Line, 1));
    }

    [GeneratedRegex(@"^\s*(?:Error Code|Код ошибки)\s*:\s*`(?<code>[^`]+)`", RegexOptions.IgnoreCase)]
    private static partial Regex GroupCode();

    [GeneratedRegex(@"HTTP[- ]?(?:status|статус)\W*(?<status>[1-5]\d\d)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HttpStatus();

    [GeneratedRegex(@"^(?=.*[A-Za-z0-9])[A-Za-z0-9_.:\-]+$")]
    private static partial Regex CodeLike();

    /// <summary>Which column holds what, from the header row; null when the table is not an error table.</summary>
    private sealed record Layout(int Status, int Code, int Message, int Description)
    {
        public static Layout? Of(TableRow header, bool hasGroupCode)
        {
            int status = -1, code = -1, message = -1, description = -1;
            for (var i = 0; i < header.Cells.Count; i++)
            {
                var text = CellReader.Plain(header.Cells[i].Markdown).ToLowerInvariant();
                if (text.Contains("status") || text.Contains("статус") || text.Contains("http"))
                {
                    status = i;
                }
                else if (text.Contains("code") || text.Contains("код"))
                {
                    code = i;
                    if (text.Contains("message") || text.Contains("сообщение"))
                    {
                        message = -1;
                    }
                }
                else if (text.Contains("message") || text.Contains("сообщение") || text.Contains("текст ошибки") || text.Contains("error text"))
                {
                    message = i;
                }
                else if (text.Contains("description") || text.Contains("описание"))
                {
                    description = i;
                }
            }

            // "Error text | Description": the error text stands where the code would (written as code on these pages).
            if (code < 0 && !hasGroupCode && message >= 0)
            {
                (code, message) = (message, -1);
            }

            return code < 0 && !(hasGroupCode && (message >= 0 || description >= 0)) ? null : new Layout(status, code, message, description);
        }
    }
}
