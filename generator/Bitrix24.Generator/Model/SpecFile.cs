namespace Bitrix24.Generator.Model;

/// <summary>A spec file's path and text: the first value the pipeline caches.</summary>
internal sealed record SpecFile(string Path, string Text);
