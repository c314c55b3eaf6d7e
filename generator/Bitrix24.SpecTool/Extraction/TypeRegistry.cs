using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Bitrix24.Specs.Model;
using Bitrix24.SpecTool.Documents;

namespace Bitrix24.SpecTool.Extraction;

/// <summary>
/// The named types a sweep finds: one per definition (<c>page#anchor</c>), extracted on first use and shared by the
/// sweep's threads. A type's id is a function of its own definition alone, so a new page never renames a type.
/// </summary>
/// <remarks>
/// A definition is read in two steps, each once per definition key (a <see cref="Lazy{T}"/> in a concurrent
/// dictionary): first the section alone (id, fields, the links of the field types), which never needs another
/// definition; then its refs, which need only the first step of the definitions the fields link to. No step waits
/// for a step of its own kind, so threads never deadlock, and a type that refers to itself (a tree) or a cycle of
/// types is resolved like any other: <see cref="Define"/> walks the reachable definitions with a visited set.
/// </remarks>
internal sealed class TypeRegistry(DocIndex index)
{
    private readonly ConcurrentDictionary<string, Lazy<TypeDefinition?>> _definitions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<ResolvedType>> _resolved = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, byte>> _keysById = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<IReadOnlyDictionary<string, DocTarget>>> _tokens = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<ExtractionWarning> _warnings = new();

    /// <summary>The documentation this registry reads definitions from.</summary>
    public DocIndex Index { get; } = index;

    /// <summary>
    /// The id of the type the section at <paramref name="target"/> defines (a page relative to the documentation root,
    /// and an anchor; no anchor means the page's first definition), extracting it on first use; null when the target
    /// is missing or holds no field table.
    /// </summary>
    public string? Define(DocTarget target) => Definition(target) is { } definition ? Close(definition) : null;

    /// <summary>
    /// The id of the type a documentation type token names in a scope (<c>crm_currency</c> in <c>crm</c> →
    /// <c>crm.currency</c>, from the scope's data-types page), or null when no data-types page defines it.
    /// </summary>
    public string? ForToken(string scope, string token) => TokenDefinition(scope, token) is { } definition ? Close(definition) : null;

    /// <summary>The type with this id, or null when no definition produced it.</summary>
    public ObjectSpec? Find(string id)
        => _keysById.TryGetValue(id, out var keys) && keys.Keys.Min(StringComparer.Ordinal) is { } key ? _resolved[key].Value.Spec : null;

    /// <summary>Every type defined so far, ordered by id.</summary>
    public IReadOnlyList<ObjectSpec> Types
        => _keysById.Keys.OrderBy(id => id, StringComparer.Ordinal).Select(Find).OfType<ObjectSpec>().ToList();

    /// <summary>What went wrong reading the definitions so far (rows without a name, tables with nowhere to go).</summary>
    public IReadOnlyList<ExtractionWarning> Warnings => _warnings.Distinct().ToList();

    /// <summary>
    /// Ids the rules gave more than one definition (the definition whose key sorts first is kept) and ids that are
    /// the namespace of another id (the generator's class and namespace would collide): none is expected.
    /// </summary>
    public IReadOnlyList<string> Conflicts()
    {
        var conflicts = new List<string>();
        var ids = _keysById.Keys.OrderBy(id => id, StringComparer.Ordinal).ToList();
        for (var i = 0; i < ids.Count; i++)
        {
            var keys = _keysById[ids[i]].Keys.OrderBy(key => key, StringComparer.Ordinal).ToList();
            if (keys.Count > 1)
            {
                conflicts.Add($"type id {ids[i]} is defined by {string.Join(", ", keys)}; {keys[0]} is kept");
            }

            // '.' sorts before every other character of an id, so the ids inside a namespace follow it directly.
            if (i + 1 < ids.Count && ids[i + 1].StartsWith(ids[i] + ".", StringComparison.Ordinal))
            {
                conflicts.Add($"type id {ids[i]} is also the namespace of {ids[i + 1]}");
            }
        }

        return conflicts;
    }

    // The definition a target names, read once per section.
    private TypeDefinition? Definition(DocTarget target)
    {
        var page = Index.Page(target.Page);
        if (page is null || (target.Anchor is null && DataTypePages.Is(TypeIds.InLanguage(page.Path))))
        {
            return null;
        }

        // A link to a page without an anchor means its first definition, unless that is the method's parameters.
        var section = target.Anchor is null ? page.FirstDefinition() : page.Find(target.Anchor);
        if (section is null || (target.Anchor is null && Headings.IsParameters(section.Title)))
        {
            return null;
        }

        var key = $"{page.Path}#{section.Anchor ?? section.Slug}";
        return _definitions.GetOrAdd(key, _ => new Lazy<TypeDefinition?>(() => TypeSections.Read(key, page, section, _warnings), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
    }

    private TypeDefinition? TokenDefinition(string scope, string token)
    {
        var tokens = _tokens.GetOrAdd(scope, _ => new Lazy<IReadOnlyDictionary<string, DocTarget>>(() => DataTypePages.Tokens(Index, DataTypePages.For(scope)), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
        return tokens.TryGetValue(DataTypePages.Bare(token), out var target) ? Definition(target) : null;
    }

    // Resolves the refs of the definition and of every definition it reaches; returns its id.
    private string Close(TypeDefinition definition)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { definition.Key };
        var pending = new Stack<TypeDefinition>([definition]);
        while (pending.TryPop(out var next))
        {
            var resolved = _resolved.GetOrAdd(next.Key, _ => new Lazy<ResolvedType>(() => Resolve(next), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
            _keysById.GetOrAdd(next.Id, _ => new ConcurrentDictionary<string, byte>(StringComparer.Ordinal)).TryAdd(next.Key, 0);
            foreach (var reached in resolved.Reached.Where(reached => seen.Add(reached.Key)))
            {
                pending.Push(reached);
            }
        }

        return definition.Id;
    }

    private ResolvedType Resolve(TypeDefinition definition)
    {
        var reached = new List<TypeDefinition>();
        var fields = definition.Spec.Fields.Select(field => WithRef(definition, field, reached)).ToEquatableArray();
        return new ResolvedType(definition.Spec with { Fields = fields }, reached);
    }

    // A field whose type links to a definition, or whose token a data-types page defines, refers to that type (and
    // loses the inline fields the type now describes); its own fields are resolved the same way.
    private ParamSpec WithRef(TypeDefinition definition, ParamSpec field, List<TypeDefinition> reached)
    {
        if (Referenced(definition, field) is { } type)
        {
            reached.Add(type);
            return field with { Ref = type.Id, Fields = default, Items = default };
        }

        return field with
        {
            Fields = field.Fields.Select(child => WithRef(definition, child, reached)).ToEquatableArray(),
            Items = field.Items.Select(child => WithRef(definition, child, reached)).ToEquatableArray(),
        };
    }

    private TypeDefinition? Referenced(TypeDefinition definition, ParamSpec field)
    {
        if (!TypeTokens.MayRefer(field.Type) || !definition.Cells.TryGetValue((field.Position.Line, field.Name), out var cell))
        {
            return null;
        }

        var linked = cell.TypeHrefs.Count == 1 && Index.Resolve(definition.Page.Path, cell.TypeHrefs[0]) is { } target ? Definition(target) : null;
        return linked ?? TokenDefinition(definition.Scope, field.Type);
    }

    // A definition with its refs resolved, and the definitions those refs name.
    private sealed record ResolvedType(ObjectSpec Spec, IReadOnlyList<TypeDefinition> Reached);
}
