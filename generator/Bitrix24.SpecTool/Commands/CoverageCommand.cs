using System;
using System.CommandLine;
using System.IO;
using Bitrix24.SpecTool.Extraction;
using Bitrix24.SpecTool.Reports;

namespace Bitrix24.SpecTool.Commands;

/// <summary><c>coverage --docs &lt;folder&gt; --out &lt;folder&gt;</c>: coverage.md and coverage.html of a sweep.</summary>
internal static class CoverageCommand
{
    public static Command Create()
    {
        var docs = new Option<string>("--docs") { Description = "The documentation pages to sweep.", Required = true };
        var output = new Option<string>("--out") { Description = "Folder for coverage.md and coverage.html.", DefaultValueFactory = _ => "reports" };
        var overrides = new Option<string?>("--overrides") { Description = "Folder of hand corrections (default: specs/_overrides)." };
        var command = new Command("coverage", "Report what the extractor covers.") { docs, output, overrides };
        command.SetAction(parse =>
        {
            var docsFolder = parse.GetValue(docs)!;
            if (!Directory.Exists(docsFolder))
            {
                Console.Error.WriteLine($"Not found: {docsFolder}");
                return ExitCodes.Usage;
            }

            var result = new Sweep(DocsRoot.Of(docsFolder), parse.GetValue(overrides) ?? Path.Combine("specs", SpecFiles.OverridesFolder), Console.Error).Run([docsFolder]);
            var outFolder = parse.GetValue(output)!;
            Directory.CreateDirectory(outFolder);
            var title = $"Spec extraction coverage: {docsFolder}";
            File.WriteAllText(Path.Combine(outFolder, "coverage.md"), CoverageReport.Markdown(result, title));
            File.WriteAllText(Path.Combine(outFolder, "coverage.html"), CoverageReport.Html(result, title));
            Console.WriteLine(Report.Summary(result));
            Console.WriteLine($"Wrote {Path.Combine(outFolder, "coverage.md")} and coverage.html.");
            return ExitCodes.Success;
        });
        return command;
    }
}
