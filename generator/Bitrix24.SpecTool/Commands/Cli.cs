using System.CommandLine;

namespace Bitrix24.SpecTool.Commands;

/// <summary>The command line: <c>extract</c>, <c>check</c>, <c>coverage</c>, <c>compare</c>. Exit codes are in <see cref="ExitCodes"/>.</summary>
internal static class Cli
{
    /// <summary>Runs the command line; a parse error (unknown command, missing option) is <see cref="ExitCodes.Usage"/>.</summary>
    public static int Run(string[] args)
    {
        var parse = Create().Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                System.Console.Error.WriteLine(error.Message);
            }

            return ExitCodes.Usage;
        }

        return parse.Invoke();
    }

    public static RootCommand Create() => new("bx-spec: reads the Bitrix24 REST documentation into YAML method specs.")
    {
        ExtractCommand.Create(),
        CheckCommand.Create(),
        CoverageCommand.Create(),
        CompareCommand.Create(),
    };
}
