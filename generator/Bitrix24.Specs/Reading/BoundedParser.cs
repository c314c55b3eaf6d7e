using System.Collections.Generic;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Bitrix24.Specs.Reading;

/// <summary>
/// Passes YAML events on to the representation model while bounding what they cost, before any node is built:
/// nesting (<see cref="SpecLimits.MaxYamlDepth"/>), what aliases add (<see cref="SpecLimits.MaxAliasExpansion"/>) and
/// aliases inside the node they name, whose cycles overflow the stack in YamlDotNet's node hashing. The first
/// violation stops the load with a <see cref="SpecBoundsException"/> at the offending event.
/// </summary>
internal sealed class BoundedParser(IParser inner) : IParser
{
    // An anchor whose node is still open has a negative size: the (negated) id of its definition.
    private readonly Dictionary<AnchorName, long> _anchors = [];
    private readonly Stack<(AnchorName Anchor, long Definition, long ExpandedAtStart)> _open = new();
    private long _expanded;
    private long _aliasExpansion;
    private long _definitions;

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (!inner.MoveNext())
        {
            return false;
        }

        switch (inner.Current)
        {
            case Scalar scalar:
                _expanded += scalar.Value.Length + 1;
                if (!scalar.Anchor.IsEmpty)
                {
                    _anchors[scalar.Anchor] = scalar.Value.Length + 1;
                }

                break;
            case SequenceStart start:
                Open(start);
                break;
            case MappingStart start:
                Open(start);
                break;
            case SequenceEnd or MappingEnd:
                Close();
                break;
            case AnchorAlias alias:
                Expand(alias);
                break;
        }

        return true;
    }

    private void Open(NodeEvent start)
    {
        if (_open.Count >= SpecLimits.MaxYamlDepth)
        {
            throw new SpecBoundsException(SpecProblemKind.LimitExceeded, $"The spec nests lists and mappings deeper than {SpecLimits.MaxYamlDepth} levels.", start.Start);
        }

        var definition = 0L;
        if (!start.Anchor.IsEmpty)
        {
            definition = -++_definitions;
            _anchors[start.Anchor] = definition;
        }

        _open.Push((start.Anchor, definition, _expanded));
        _expanded++;
    }

    private void Close()
    {
        var (anchor, definition, expandedAtStart) = _open.Pop();
        // A later node may have taken the name meanwhile; an alias then names that one.
        if (!anchor.IsEmpty && _anchors[anchor] == definition)
        {
            _anchors[anchor] = _expanded - expandedAtStart;
        }
    }

    private void Expand(AnchorAlias alias)
    {
        if (!_anchors.TryGetValue(alias.Value, out var size))
        {
            return; // An unknown anchor: the representation model reports it with its position.
        }

        if (size < 0)
        {
            throw new SpecBoundsException(SpecProblemKind.RecursiveAlias, $"The alias '*{alias.Value}' is inside the node '&{alias.Value}' it names; a spec cannot contain itself.", alias.Start);
        }

        _aliasExpansion += size;
        _expanded += size;
        if (_aliasExpansion > SpecLimits.MaxAliasExpansion)
        {
            throw new SpecBoundsException(SpecProblemKind.LimitExceeded, $"Aliases expand the spec by more than {SpecLimits.MaxAliasExpansion} characters; '*{alias.Value}' goes past that.", alias.Start);
        }
    }
}
