using System;
using System.IO;
using System.Linq;
using Bitrix24.SpecTool.Extraction;

namespace Bitrix24.SpecTool.Commands;

/// <summary>Console output of a sweep.</summary>
internal static class Report
{
    public static string Summary(SweepResult result)
    {
        var methods = result.Pages.Count(page => page.Spec is not null);
        var withWarnings = result.Pages.Count(page => page.Warnings.Count > 0);
        return $"{result.Pages.Count} pages read, {methods} method pages, {result.Specs.Count} specs, {result.Types.Count} types, {result.Warnings.Count} warnings on {withWarnings} pages, {result.Pages.Count(page => page.SkipReason == PageResult.Unreadable)} pages that could not be read, {result.Elapsed.TotalSeconds:0.0} s";
    }

    public static void Warnings(SweepResult result, string? file)
    {
        var lines = result.Warnings.Select(warning => warning.ToString()).ToList();
        foreach (var line in lines.Take(20))
        {
            Console.Error.WriteLine(line);
        }

        if (lines.Count > 20)
        {
            Console.Error.WriteLine($"... and {lines.Count - 20} more{(file is null ? " (--warnings <file> writes them all)" : string.Empty)}");
        }

        if (file is not null)
        {
            File.WriteAllLines(file, lines);
        }
    }
}
