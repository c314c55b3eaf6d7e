using System;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Bitrix24.Specs.Reading;

/// <content>Single values and mapping keys: how a node is read and what a mapping may hold.</content>
public sealed partial class SpecReader
{
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

    private static bool IsNull(YamlNode node)
        => node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any } scalar
           && (scalar.Value is null || scalar.Value.Length == 0 || scalar.Value == "~" || scalar.Value.Equals("null", StringComparison.OrdinalIgnoreCase));
}
