using System.Collections.Generic;
using Bitrix24.Specs.Model;
using Bitrix24.SpecTool.Documents;

namespace Bitrix24.SpecTool.Extraction;

/// <summary>
/// A section read as a type before its fields' refs are resolved: what the section alone says, so reading it never
/// needs another definition (and never waits for one).
/// </summary>
/// <param name="Key">The definition's identity: the page and the section's anchor (or slug), <c>page.md#anchor</c>.</param>
/// <param name="Id">The type id (<see cref="TypeIds"/>).</param>
/// <param name="Page">The page that defines it.</param>
/// <param name="Scope">The page's scope, where the fields' type tokens are looked up.</param>
/// <param name="Spec">The type with its fields as the tables document them, no <c>ref</c> yet.</param>
/// <param name="Cells">The name cell of every field row read, by line and field name, for the links of its type.</param>
internal sealed record TypeDefinition(string Key, string Id, DocPage Page, string Scope, ObjectSpec Spec, IReadOnlyDictionary<(int Line, string Name), ParameterCell> Cells);
