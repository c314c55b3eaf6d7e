using Bitrix24.Specs.Model;

namespace Bitrix24.Generator.Model;

/// <summary>Every <c>ref</c> of one spec or type file, with positions: the only model that carries lines, so that a moved line re-runs the diagnostics alone.</summary>
/// <param name="FilePath">The file.</param>
/// <param name="Root">The file's own root namespace, where its refs resolve (null: the project's).</param>
/// <param name="Owner">The method (<c>crm.deal.get</c>) or type (<c>crm.deal</c>) the file defines.</param>
/// <param name="IsType">A type file: its refs are reached from the side the type is reached from.</param>
/// <param name="Uses">The refs in file order.</param>
internal sealed record FileRefs(string FilePath, string? Root, string Owner, bool IsType, EquatableArray<RefUse> Uses);
