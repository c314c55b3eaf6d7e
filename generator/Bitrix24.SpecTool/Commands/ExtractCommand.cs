using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using Bitrix24.SpecTool.Extraction;

namespace Bitrix24.SpecTool.Commands;

/// <summary><c>extract &lt;inputs…&gt; --out specs/</c>: documentation pages (or seed exports) to spec files.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Documentation pages or folders (markdown), or text exports (.txt).", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out") { Description = "The specs folder to write.", DefaultValueFactory = _ => "specs" };
        var overrides = new Option<string?>("--overrides") { Description = "Folder of hand corrections (default: <out>/_overrides)." };
        var warnings = new Option<string?>("--warnings") { Description = "Also write every warning to this file." };
        var command = new Command("extract", "Extract specs from documentation pages.") { inputs, output, overrides, warnings };
        command.SetAction(parse =>
        {
            var paths = parse.GetValue(inputs)!;
            var missing = paths.Where(path => !File.Exists(path) && !Directory.Exists(path)).ToList();
            if (missing.Count > 0)
            {
                Console.Error.WriteLine($"Not found: {string.Join(", ", missing)}");
                return ExitCodes.Usage;
            }

            var outFolder = parse.GetValue(output)!;
            var result = new Sweep(DocsRoot.Of(paths[0]), parse.GetValue(overrides) ?? Path.Combine(outFolder, SpecFiles.OverridesFolder), Console.Error).Run(paths);
            SpecFiles.WriteAll(outFolder, SpecFiles.Texts(result));
            Report.Warnings(result, parse.GetValue(warnings));
            Console.WriteLine(Report.Summary(result));
            return ExitCodes.Success;
        });
        return command;
    }
}
