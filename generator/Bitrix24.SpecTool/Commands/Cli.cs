using System.CommandLine;

namespace Bitrix24.SpecTool.Commands;

/// <summary>The command line: <c>extract</c>, <c>check</c>, <c>coverage</c>, <c>compare</c>. Exit codes are in <see cref="ExitCodes"/>.</summary>
internal static class Cli
{
    /// <summary>
    /// Runs the command line; a parse error (unknown command, missing option) or an input that cannot be used (an
    /// invalid override) is <see cref="ExitCodes.Usage"/>, with its file, line and column on standard error.
    /// </summary>
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

        try
        {
            return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (System.IO.InvalidDataException exception)
        {
            System.Console.Error.WriteLine(exception.Message);
            return ExitCodes.Usage;
        }
    }

    public static RootCommand Create() => new("bx-spec: reads the Bitrix24 REST documentation into YAML method specs.")
    {
        ExtractCommand.Create(),
        CheckCommand.Create(),
        CoverageCommand.Create(),
        CompareCommand.Create(),
    };
}
