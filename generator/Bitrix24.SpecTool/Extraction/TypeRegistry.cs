using System.Collections.Generic;
using Bitrix24.Specs.Model;
using Bitrix24.SpecTool.Documents;

namespace Bitrix24.SpecTool.Extraction;

/// <summary>
/// The named types a sweep finds: one per definition (<c>page#anchor</c>), extracted on first use and shared by the
/// sweep's threads. A type's id is a function of its own definition alone, so a new page never renames a type.
/// </summary>
internal sealed class TypeRegistry(DocIndex index)
{
    /// <summary>The documentation this registry reads definitions from.</summary>
    public DocIndex Index { get; } = index;

    /// <summary>
    /// The id of the type the section at <paramref name="target"/> defines (a page relative to the documentation root,
    /// and an anchor; no anchor means the page's first definition), extracting it on first use; null when the target
    /// is missing or holds no field table.
    /// </summary>
    public string? Define(DocTarget target) => null;

    /// <summary>
    /// The id of the type a documentation type token names in a scope (<c>crm_currency</c> in <c>crm</c> →
    /// <c>crm.currency</c>, from the scope's data-types page), or null when no data-types page defines it.
    /// </summary>
    public string? ForToken(string scope, string token) => null;

    /// <summary>The type with this id, or null when no definition produced it.</summary>
    public ObjectSpec? Find(string id) => null;

    /// <summary>Every type defined so far, ordered by id.</summary>
    public IReadOnlyList<ObjectSpec> Types => [];
}
