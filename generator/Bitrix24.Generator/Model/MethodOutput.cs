namespace Bitrix24.Generator.Model;

/// <summary>A method model and the file it came from (to skip it when it loses a name clash).</summary>
internal sealed record MethodOutput(MethodModel Model, string FilePath);
