namespace Bitrix24.Generator.Model;

/// <summary>A required member of a type whose value is another type (or the same one): an edge of the BX0019 graph.</summary>
internal sealed record RequiredRef(string Member, string Id, int Line, int Column);
