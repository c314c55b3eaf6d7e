using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace Bitrix24.SpecTool.Reports;

/// <summary>Compares committed spec and type files with a fresh extraction (<see cref="Extraction.SpecFiles.Texts"/>): files missing, files no longer produced, and line diffs.</summary>
internal static class SpecDrift
{
    public static IReadOnlyList<string> Compare(string specsFolder, IReadOnlyDictionary<string, string> fresh, int maxLinesPerFile = 40)
    {
        var report = new List<string>();
        var committed = Directory.Exists(specsFolder)
            ? Directory.EnumerateFiles(specsFolder, "*.yaml", SearchOption.AllDirectories)
                .Select(file => Path.GetRelativePath(specsFolder, file).Replace('\\', '/'))
                .Where(file => !file.StartsWith(Extraction.SpecFiles.OverridesFolder, StringComparison.Ordinal))
                .ToHashSet(StringComparer.Ordinal)
            : [];
        foreach (var (relative, expected) in fresh.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            if (!committed.Remove(relative))
            {
                report.Add($"+ {relative}: extracted but not committed");
                continue;
            }

            var actual = File.ReadAllText(Path.Combine(specsFolder, relative));
            if (actual != expected)
            {
                report.Add($"~ {relative}:\n{Diff(actual, expected, maxLinesPerFile)}");
            }
        }

        report.AddRange(committed.OrderBy(file => file, StringComparer.Ordinal).Select(file => $"- {file}: committed but no longer extracted"));
        return report;
    }

    private static string Diff(string committed, string extracted, int maxLines)
    {
        var lines = InlineDiffBuilder.Diff(committed, extracted).Lines.Where(line => line.Type is ChangeType.Inserted or ChangeType.Deleted).ToList();
        var text = new StringBuilder();
        foreach (var line in lines.Take(maxLines))
        {
            text.Append(line.Type == ChangeType.Inserted ? "    + " : "    - ").AppendLine(line.Text);
        }

        if (lines.Count > maxLines)
        {
            text.AppendLine($"    ... {lines.Count - maxLines} more changed lines");
        }

        return text.ToString().TrimEnd();
    }
}
