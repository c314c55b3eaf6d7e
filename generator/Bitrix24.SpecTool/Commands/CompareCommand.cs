using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using Bitrix24.SpecTool.Extraction;
using Bitrix24.SpecTool.Reports;

namespace Bitrix24.SpecTool.Commands;

/// <summary><c>compare --en &lt;folder&gt; --ru &lt;folder&gt;</c>: where the two languages disagree, and the agreement percentage.</summary>
internal static class CompareCommand
{
    public static Command Create()
    {
        var en = new Option<string>("--en") { Description = "English documentation pages.", Required = true };
        var ru = new Option<string>("--ru") { Description = "Russian documentation pages.", Required = true };
        var output = new Option<string?>("--out") { Description = "Also write the full list as markdown to this file." };
        var command = new Command("compare", "Compare the English and Russian documentation of every method.") { en, ru, output };
        command.SetAction(parse =>
        {
            var enFolder = parse.GetValue(en)!;
            var ruFolder = parse.GetValue(ru)!;
            if (!Directory.Exists(enFolder) || !Directory.Exists(ruFolder))
            {
                Console.Error.WriteLine($"Not found: {(Directory.Exists(enFolder) ? ruFolder : enFolder)}");
                return ExitCodes.Usage;
            }

            var english = new Sweep(DocsRoot.Of(enFolder), null, Console.Error).Run([enFolder]);
            var russian = new Sweep(DocsRoot.Of(ruFolder), null, Console.Error).Run([ruFolder]);
            var (methods, agreement, both) = LanguageComparison.Compare(english.Specs.Values, russian.Specs.Values);
            foreach (var (method, differences) in methods.Take(30))
            {
                Console.WriteLine($"{method}: {string.Join("; ", differences)}");
            }

            if (parse.GetValue(output) is { } file)
            {
                File.WriteAllText(file, LanguageComparison.Markdown(methods, agreement, both));
            }

            Console.WriteLine($"{english.Specs.Count} English and {russian.Specs.Count} Russian methods; {both} in both; agreement {agreement:P1}; {methods.Count} methods with differences.");
            return ExitCodes.Success;
        });
        return command;
    }
}
