using Bitrix24.SpecTool.Commands;

return Cli.Run(args);
