using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Bitrix24.Specs.Model;
using Bitrix24.SpecTool.Documents;

namespace Bitrix24.SpecTool.Extraction;

/// <summary>
/// Reads one documentation page (Diplodoc markdown, English or Russian) into a <see cref="MethodSpec"/>.
/// A page is a method page when its H1 ends with a dotted method name and it has a parameters, result or errors
/// section; anything it cannot understand becomes a warning with file and line, never an exception.
/// </summary>
/// <param name="loader">Reads pages with their includes.</param>
/// <param name="types">The sweep's named types, which result structures refer to.</param>
internal sealed partial class PageExtractor(PageLoader loader, TypeRegistry types)
{
    public PageResult Extract(string path)
    {
        var warnings = new List<ExtractionWarning>();
        var relative = loader.Relative(path);
        try
        {
            var lines = loader.Load(path, warnings);
            var sections = PageParser.Parse(lines);
            var spec = Read(path, relative, lines, sections, warnings, out var skipReason, out var reading);
            return new PageResult(relative, spec, warnings, skipReason) { Route = reading?.Route, UntypedReason = reading?.UntypedReason };
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            warnings.Add(new ExtractionWarning(relative, 1, $"page could not be read: {exception.GetType().Name}: {exception.Message}"));
            return new PageResult(relative, null, warnings, PageResult.Unreadable);
        }
    }

    private MethodSpec? Read(string path, string page, IReadOnlyList<SourceLine> lines, IReadOnlyList<DocSection> sections, List<ExtractionWarning> warnings, out string? skipReason, out ResultReading? reading)
    {
        reading = null;
        var title = sections.FirstOrDefault(section => section.Level == 1);
        var method = title is null ? null : MethodNames.Find(title, sections) ?? MethodFromTranslation(path);
        if (title is null || method is null)
        {
            skipReason = "the title names no method";
            return null;
        }

        var parameters = SectionTree.FirstWithSubsections(sections, section => Headings.IsParameters(section.Title));
        var returned = SectionTree.FirstWithSubsections(sections, section => Headings.IsReturned(section.Title));
        var errors = ErrorSections(sections);
        if (parameters.Count == 0 && returned.Count == 0 && errors.Count == 0)
        {
            skipReason = "no parameters, result or errors section";
            return null;
        }

        skipReason = null;
        var intro = sections.TakeWhile(section => section.Level <= 1 || !IsNamed(section)).SelectMany(section => section.Lines).ToList();
        var rest = MethodNames.IsRest3(title, intro) ? 3 : 2;
        var (deprecated, replacement) = Deprecation(lines, method);
        // When the parameters heading has no table of its own, its sub-sections hold call variants (one table each).
        var variants = parameters.Count > 0 && parameters[0].Tables.Count > 0
            ? parameters.Take(1).Concat(parameters.Skip(1).Where(section => Headings.IsAdditionalParameters(section.Title))).ToList()
            : parameters.Where(section => Headings.NestedParameter(section.Title) is null).ToList();
        var parameterList = ParameterTables.Read(variants, warnings);
        NestedTables.Attach(parameterList, sections.Except(variants), warnings);
        var scope = Scope(intro);
        parameterList = ParameterRefs.Attach(parameterList, sections, page, scope?.Split(',')[0].Trim(), types);
        // Returned data may also sit under a sibling H2 ("## Returned Data" after "## Response Handling").
        var allReturned = SectionTree.AllWithSubsections(sections, section => Headings.IsReturnedData(section.Title));
        reading = ResultRoutes.Read(types, page, method, rest, scope?.Split(',')[0].Trim(), allReturned, warnings);
        return new MethodSpec(
            method,
            rest,
            scope,
            TitleWithout(title.Title, method),
            Summary(lines, title.Heading),
            Access(intro),
            deprecated,
            replacement,
            MethodKinds.Of(method),
            page.StartsWith("en/", StringComparison.Ordinal) || page.StartsWith("ru/", StringComparison.Ordinal) ? page.Substring(3) : page,
            parameterList.ToEquatableArray(),
            reading.Result,
            reading.List,
            ErrorTables.Read(errors, sections.Where(section => Headings.IsErrorHandling(section.Title) || Headings.IsErrorCodes(section.Title)), warnings).ToEquatableArray(),
            default);
    }

    // The English and Russian corpora share their layout: the other language's title may name the method.
    private static string? MethodFromTranslation(string path)
    {
        var full = System.IO.Path.GetFullPath(path).Replace('\\', '/');
        var twin = full.Contains("/en/", StringComparison.Ordinal) ? full.Replace("/en/", "/ru/", StringComparison.Ordinal) : full.Replace("/ru/", "/en/", StringComparison.Ordinal);
        if (twin == full || !System.IO.File.Exists(twin))
        {
            return null;
        }

        var title = System.IO.File.ReadLines(twin).FirstOrDefault(line => line.StartsWith("# ", StringComparison.Ordinal));
        return title is null ? null : MethodNames.FromTitle(title.Substring(2));
    }

    private static bool IsNamed(DocSection section)
        => Headings.IsParameters(section.Title) || Headings.IsReturned(section.Title) || Headings.IsErrorCodes(section.Title) || section.Level == 2;

    private static List<DocSection> ErrorSections(IReadOnlyList<DocSection> sections)
    {
        var codes = SectionTree.FirstWithSubsections(sections, section => Headings.IsErrorCodes(section.Title));
        return codes.Count > 0 ? codes : SectionTree.FirstWithSubsections(sections, section => Headings.IsErrorHandling(section.Title));
    }

    private static (bool Deprecated, string? Replacement) Deprecation(IReadOnlyList<SourceLine> lines, string method)
    {
        var start = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            if (DeprecatedNote().IsMatch(lines[i].Text))
            {
                start = i;
                break;
            }
        }

        if (start < 0)
        {
            return (false, null);
        }

        for (var i = start; i < lines.Count && !lines[i].Text.Contains("endnote", StringComparison.Ordinal); i++)
        {
            foreach (Match candidate in MethodMention().Matches(lines[i].Text))
            {
                var name = candidate.Groups["method"].Value;
                if (name != method)
                {
                    return (true, name);
                }
            }
        }

        return (true, null);
    }

    private static string? Scope(IReadOnlyList<SourceLine> intro)
    {
        var line = intro.FirstOrDefault(candidate => ScopeLine().IsMatch(candidate.Text));
        if (line is null)
        {
            return null;
        }

        var codes = CellReader.Codes(line.Text);
        return codes.Count > 0 ? string.Join(", ", codes) : Clean(ScopeLine().Replace(line.Text, string.Empty));
    }

    private static string? Access(IReadOnlyList<SourceLine> intro)
    {
        var line = intro.FirstOrDefault(candidate => AccessLine().IsMatch(candidate.Text));
        return line is null ? null : Clean(CellReader.Plain(AccessLine().Replace(line.Text, string.Empty)));
    }

    // The first prose paragraph after the title: not a note, quote, heading, tag or include.
    private static string? Summary(IReadOnlyList<SourceLine> lines, SourceLine title)
    {
        var paragraph = new List<string>();
        var inNote = 0;
        var inFence = false;
        foreach (var line in lines.SkipWhile(line => line != title).Skip(1))
        {
            var text = line.Text.Trim();
            if (text.StartsWith("```", StringComparison.Ordinal))
            {
                inFence = !inFence;
                continue;
            }

            inNote += NoteStart().IsMatch(text) ? 1 : text.Contains("{% endnote", StringComparison.Ordinal) && inNote > 0 ? -1 : 0;
            var skip = inFence || inNote > 0 || text.Length == 0 || text.StartsWith('>') || text.StartsWith('{') || text.StartsWith('<') || text.StartsWith('|') || text.StartsWith('-');
            if (text.StartsWith('#'))
            {
                break;
            }

            if (skip)
            {
                if (paragraph.Count > 0)
                {
                    break;
                }

                continue;
            }

            paragraph.Add(text);
        }

        return paragraph.Count == 0 ? null : Clean(CellReader.Plain(string.Join(" ", paragraph)));
    }

    // "Get Deal by Id crm.deal.get" → "Get Deal by Id"; a title that does not end with the name stays whole.
    private static string? TitleWithout(string title, string method)
    {
        var at = title.LastIndexOf(method, StringComparison.Ordinal);
        return Clean(at >= 0 && at + method.Length >= title.TrimEnd(')', ' ').Length ? title.Substring(0, at).Trim().TrimEnd('(').Trim() : title);
    }

    private static string? Clean(string? text)
    {
        var cleaned = CellReader.Collapse(text ?? string.Empty);
        return cleaned.Length == 0 ? null : cleaned;
    }

    [GeneratedRegex(@"\{%\s*note\b")]
    private static partial Regex NoteStart();

    [GeneratedRegex(@"(?<![\w.])(?<method>[a-z][A-Za-z0-9_]*(?:\.[A-Za-z][A-Za-z0-9_]*){1,})(?![\w])")]
    private static partial Regex MethodMention();

    // A titled deprecation note, or an untitled warning whose first line says development stopped.
    [GeneratedRegex(@"\{%\s*note\s+\w+\s+""(?:DEPRECATED|Deprecated method|Устаревший метод|Устарел|Метод устарел|Method Development Has Been Discontinued|Development of methods has been halted)""|^\s*(?:The development of this method has been halted|Development of this method has been halted|The development of this method has been discontinued|This method is deprecated|Развитие метода остановлено|Метод устарел)", RegexOptions.IgnoreCase)]
    private static partial Regex DeprecatedNote();

    [GeneratedRegex(@"^\s*>?\s*(Scope|Скоуп|Область)\s*:?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex ScopeLine();

    [GeneratedRegex(@"^\s*>?\s*(Who can execute the method|Who can execute this method|Who can perform the method|Who can call the method|Who can use the method|Permissions to execute the method|Кто может выполнять метод|Кто может вызывать метод|Права на выполнение метода)\s*:\s*", RegexOptions.IgnoreCase)]
    private static partial Regex AccessLine();
}
