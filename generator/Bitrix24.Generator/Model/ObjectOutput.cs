namespace Bitrix24.Generator.Model;

/// <summary>A type file's model and the file it came from (only the catalog's file for an id generates).</summary>
internal sealed record ObjectOutput(ObjectModel Model, string FilePath);
