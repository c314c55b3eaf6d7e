using System;
using System.CommandLine;
using System.IO;
using Bitrix24.SpecTool.Extraction;
using Bitrix24.SpecTool.Reports;

namespace Bitrix24.SpecTool.Commands;

/// <summary><c>check --docs &lt;folder&gt; --specs specs/</c>: exit 1 with a readable diff when the committed specs drifted.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var docs = new Option<string>("--docs") { Description = "The documentation pages to extract (for example ../shared/docs/en/api-reference).", Required = true };
        var specs = new Option<string>("--specs") { Description = "The committed specs folder.", DefaultValueFactory = _ => "specs" };
        var command = new Command("check", "Re-extract and compare with the committed specs.") { docs, specs };
        command.SetAction(parse =>
        {
            var docsFolder = parse.GetValue(docs)!;
            var specsFolder = parse.GetValue(specs)!;
            if (!Directory.Exists(docsFolder) || !Directory.Exists(specsFolder))
            {
                Console.Error.WriteLine($"Not found: {(Directory.Exists(docsFolder) ? specsFolder : docsFolder)}");
                return ExitCodes.Usage;
            }

            var result = new Sweep(DocsRoot.Of(docsFolder), Path.Combine(specsFolder, SpecFiles.OverridesFolder), Console.Error).Run([docsFolder]);
            var drift = SpecDrift.Compare(specsFolder, SpecFiles.Texts(result));
            foreach (var line in drift)
            {
                Console.WriteLine(line);
            }

            Console.WriteLine(drift.Count == 0
                ? $"specs/ matches a fresh extraction of {result.Specs.Count} methods and {result.Types.Count} types."
                : $"{drift.Count} spec files differ from a fresh extraction; run `bx-spec extract {docsFolder} --out {specsFolder}` and review the diff.");
            return drift.Count == 0 ? ExitCodes.Success : ExitCodes.Drift;
        });
        return command;
    }
}
