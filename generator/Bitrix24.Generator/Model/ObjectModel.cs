using Bitrix24.Specs.Model;

namespace Bitrix24.Generator.Model;

/// <summary>Everything needed to emit one type file's classes; built from its own file only, with no positions.</summary>
/// <param name="Id">The type id (<c>crm.deal</c>).</param>
/// <param name="Root">The file's own root namespace (null: the project's).</param>
/// <param name="NamespaceSuffix">The namespace below the root (<c>Crm</c>, <c>V3.Tasks</c>, empty).</param>
/// <param name="Title">A short name for the type.</param>
/// <param name="Summary">One-paragraph description.</param>
/// <param name="Source">The page and anchor that define it.</param>
/// <param name="Result">The result class (every member nullable).</param>
/// <param name="Input">The request class (<c>required</c> members).</param>
internal sealed record ObjectModel(string Id, string? Root, string NamespaceSuffix, string? Title, string? Summary, string? Source, TypeModel Result, TypeModel Input)
{
    public string HintName => GeneratedNames.ObjectHint(Root, NamespaceSuffix, Result.Name);

    /// <summary>REST 3.0 types (<c>v3.</c> ids) write booleans as <c>true</c>/<c>false</c>, REST 2 ones as <c>Y</c>/<c>N</c>.</summary>
    public int Rest => Id.StartsWith("v3.", System.StringComparison.Ordinal) ? 3 : 2;
}
