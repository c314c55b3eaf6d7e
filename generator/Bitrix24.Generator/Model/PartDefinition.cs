using Bitrix24.Specs.Model;

namespace Bitrix24.Generator.Model;

/// <summary>One entry of <c>Bitrix24Parts</c>: a compilation of the split client and the top-level groups it generates.</summary>
/// <param name="Name">The part's name, as a part project's <c>Bitrix24Part</c> gives it (<c>Crm</c>).</param>
/// <param name="Groups">Top-level groups in C# form (<c>Crm</c>, <c>V3</c>, <c>Imopenlines</c>): the first segment of a method's group path or of a type id.</param>
/// <param name="TakesRest">Whether it also generates every group no other part names (<c>*</c>).</param>
/// <param name="DependsOn">Parts whose assemblies this part references, so its refs may use their types.</param>
internal sealed record PartDefinition(string Name, EquatableArray<string> Groups, bool TakesRest, EquatableArray<string> DependsOn);
