using System;
using System.Collections.Generic;
using Bitrix24.Specs.Model;
using YamlDotNet.RepresentationModel;

namespace Bitrix24.Specs.Reading;

/// <content>Parameters and fields, nested to any allowed depth, and their allowed values.</content>
public sealed partial class SpecReader
{
    private static readonly string[] ParamKeys = ["name", "type", "ref", "map", "required", "description", "example", "values", "fields", "items"];
    private static readonly string[] ValueKeys = ["value", "description"];

    private EquatableArray<ParamSpec> ReadParams(YamlNode? node, string key, int depth)
    {
        if (node is not null && !IsNull(node) && depth > SpecLimits.MaxFieldDepth)
        {
            Report(SpecProblemKind.InvalidNesting, $"'{key}' nests deeper than {SpecLimits.MaxFieldDepth} levels.", node);
            return EquatableArray<ParamSpec>.Empty;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        return ReadEntries(node, $"'{key}' is a list of parameters ('- name: ...').", item =>
        {
            var parameter = ReadParam(item, key, depth);
            if (parameter is not null && !seen.Add(parameter.Name))
            {
                Report(SpecProblemKind.DuplicateParameter, $"'{parameter.Name}' appears twice in '{key}'.", item);
                return null;
            }

            return parameter;
        });
    }

    private ParamSpec? ReadParam(YamlNode node, string parentKey, int depth)
    {
        if (node is not YamlMappingNode map)
        {
            Report(SpecProblemKind.InvalidValue, $"Each entry of '{parentKey}' is a mapping with 'name' and 'type'.", node);
            return null;
        }

        CheckKeys(map, ParamKeys, "parameter");
        var nameNode = Child(map, "name");
        var name = Text(nameNode, "name");
        if (name is null)
        {
            Report(SpecProblemKind.MissingKey, $"A parameter in '{parentKey}' has no 'name'.", nameNode ?? map);
        }
        else if (TooLong(name, nameNode!, SpecLimits.MaxNameLength, "The name"))
        {
            return null;
        }

        var typeNode = Child(map, "type");
        var type = Text(typeNode, "type");
        if (type is null)
        {
            Report(SpecProblemKind.MissingKey, $"Parameter '{name}' has no 'type'.", typeNode ?? map);
        }
        else if (!TypeVocabulary.Parse(type).IsKnown)
        {
            Report(SpecProblemKind.UnknownType, $"Type '{type}' of '{name}' is not in the documented vocabulary; the value is kept as raw JSON.", typeNode!);
        }

        var shape = ReadShape(map, type, name ?? parentKey, depth + 1);

        return name is null || type is null
            ? null
            : new ParamSpec(
                name,
                type,
                ReadBool(Child(map, "required"), "required") ?? false,
                Text(Child(map, "description"), "description"),
                Text(Child(map, "example"), "example"),
                ReadValues(Child(map, "values")),
                shape.Fields,
                shape.Items,
                Position(map),
                shape.Ref,
                shape.Map,
                shape.RefPosition);
    }

    private EquatableArray<EnumValueSpec> ReadValues(YamlNode? node)
        => ReadEntries(node, "'values' is a list of allowed values.", ReadValue);

    private EnumValueSpec? ReadValue(YamlNode item)
    {
        if (item is YamlScalarNode scalar)
        {
            return TooLong(scalar.Value ?? string.Empty, scalar, SpecLimits.MaxValueLength, "The allowed value")
                ? null
                : new EnumValueSpec(scalar.Value ?? string.Empty, null);
        }

        if (item is not YamlMappingNode map)
        {
            Report(SpecProblemKind.InvalidValue, "Each allowed value is a scalar or '{ value, description }'.", item);
            return null;
        }

        CheckKeys(map, ValueKeys, "value");
        var valueNode = Child(map, "value");
        var value = Text(valueNode, "value");
        if (value is null)
        {
            Report(SpecProblemKind.MissingKey, "An allowed value has no 'value'.", map);
            return null;
        }

        return TooLong(value, valueNode!, SpecLimits.MaxValueLength, "The allowed value")
            ? null
            : new EnumValueSpec(value, Text(Child(map, "description"), "description"));
    }
}
