using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;

namespace Bitrix24.SpecTool.Documents;

/// <summary>
/// Reads a page and expands <c>{% include [..](path) %}</c> relative to the including file. Missing files and
/// cycles are warnings. The shared system-errors table is not expanded: a marker line stands in for it.
/// </summary>
internal sealed partial class PageLoader(string root)
{
    public const string SystemErrorsMarker = "<!-- bx: system errors -->";
    private const int MaxDepth = 8;

    public string Root { get; } = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));

    public IReadOnlyList<SourceLine> Load(string path, List<ExtractionWarning> warnings)
    {
        var lines = new List<SourceLine>();
        Expand(Path.GetFullPath(path), lines, warnings, new Stack<string>());
        return lines;
    }

    public string Relative(string path)
    {
        var full = Path.GetFullPath(path);
        return full.StartsWith(Root, StringComparison.Ordinal) ? Path.GetRelativePath(Root, full).Replace('\\', '/') : full;
    }

    private void Expand(string file, List<SourceLine> output, List<ExtractionWarning> warnings, Stack<string> chain)
    {
        string[] text;
        try
        {
            text = File.ReadAllLines(file);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            warnings.Add(new ExtractionWarning(Relative(file), 1, $"cannot read: {exception.Message}"));
            return;
        }

        chain.Push(file);
        for (var i = 0; i < text.Length; i++)
        {
            var match = Include().Match(text[i]);
            if (!match.Success)
            {
                output.Add(new SourceLine(text[i], Relative(file), i + 1));
                continue;
            }

            var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, match.Groups["path"].Value.Split('#')[0]));
            if (target.EndsWith("system-errors.md", StringComparison.OrdinalIgnoreCase))
            {
                output.Add(new SourceLine(SystemErrorsMarker, Relative(file), i + 1));
            }
            else if (!target.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                warnings.Add(new ExtractionWarning(Relative(file), i + 1, $"include {match.Groups["path"].Value} points outside the documentation root; not expanded"));
            }
            else if (chain.Contains(target) || chain.Count >= MaxDepth)
            {
                warnings.Add(new ExtractionWarning(Relative(file), i + 1, $"include cycle through {Relative(target)}; not expanded"));
            }
            else if (!File.Exists(target))
            {
                warnings.Add(new ExtractionWarning(Relative(file), i + 1, $"included file {Relative(target)} does not exist"));
            }
            else
            {
                Expand(target, output, warnings, chain);
            }
        }

        chain.Pop();
    }

    [GeneratedRegex(@"\{%\s*include\s+(?:notitle\s+)?\[[^\]]*\]\((?<path>[^)\s]+)\)\s*%\}")]
    private static partial Regex Include();
}
