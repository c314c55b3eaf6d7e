using System.CommandLine;
using Bitrix24.SpecTool.Commands;

var root = new RootCommand("bx-spec: reads the Bitrix24 REST documentation into YAML method specs.")
{
    ExtractCommand.Create(),
    CheckCommand.Create(),
    CoverageCommand.Create(),
    CompareCommand.Create(),
};
return root.Parse(args).Invoke();
