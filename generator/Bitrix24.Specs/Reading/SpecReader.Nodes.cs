using System;
using System.Collections.Generic;
using System.Linq;
using Bitrix24.Specs.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Bitrix24.Specs.Reading;

/// <content>How a node is read: single values, lists of entries, and the keys a mapping may hold.</content>
public sealed partial class SpecReader
{
    // A list of entries (parameters, allowed values, errors): absent or null is empty, anything but a list is reported
    // with notAList, each entry counts against SpecLimits.MaxEntries, and an entry readEntry rejects (null) is left out.
    private EquatableArray<T> ReadEntries<T>(YamlNode? node, string notAList, Func<YamlNode, T?> readEntry)
        where T : class, IEquatable<T>
    {
        if (node is null || IsNull(node))
        {
            return EquatableArray<T>.Empty;
        }

        if (node is not YamlSequenceNode sequence)
        {
            Report(SpecProblemKind.InvalidValue, notAList, node);
            return EquatableArray<T>.Empty;
        }

        var entries = new List<T>();
        foreach (var item in sequence.Children)
        {
            if (!CountEntry(item))
            {
                break;
            }

            if (readEntry(item) is { } entry)
            {
                entries.Add(entry);
            }
        }

        return entries.ToEquatableArray();
    }

    private bool? ReadBool(YamlNode? node, string key)
    {
        var text = Text(node, key);
        if (text is null)
        {
            return null;
        }

        if (text.Equals("true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (text.Equals("false", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        Report(SpecProblemKind.InvalidValue, $"'{key}' is true or false, not '{text}'.", node!);
        return null;
    }

    // A scalar's text; null for an absent or null value. A mapping or list where a scalar belongs is reported.
    private string? Text(YamlNode? node, string key)
    {
        switch (node)
        {
            case null:
                return null;
            case YamlScalarNode scalar:
                return IsNull(scalar) ? null : scalar.Value;
            default:
                Report(SpecProblemKind.InvalidValue, $"'{key}' is a single value, not a {(node is YamlMappingNode ? "mapping" : "list")}.", node);
                return null;
        }
    }

    private void CheckKeys(YamlMappingNode map, string[] known, string what)
    {
        foreach (var key in map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value;
            if (name is null || Array.IndexOf(known, name) < 0)
            {
                var shown = name is null ? (key is YamlMappingNode ? "{...}" : "[...]") : Shorten(name);
                Report(SpecProblemKind.UnknownKey, $"Unknown {what} key '{shown}'; known keys: {string.Join(", ", known)}.", key);
            }
        }
    }

    private static YamlNode? Child(YamlMappingNode map, string key)
        => map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    // The key itself (not its value), to report a problem where the key is written.
    private static YamlNode? KeyNode(YamlMappingNode map, string key)
        => map.Children.Keys.FirstOrDefault(node => node is YamlScalarNode { Value: var name } && name == key);

    private static bool IsNull(YamlNode node)
        => node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any } scalar
           && (scalar.Value is null || scalar.Value.Length == 0 || scalar.Value == "~" || scalar.Value.Equals("null", StringComparison.OrdinalIgnoreCase));
}
