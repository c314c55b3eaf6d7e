using Bitrix24.Specs.Model;
using YamlDotNet.RepresentationModel;

namespace Bitrix24.Specs.Reading;

/// <content>The result and a list method's paging.</content>
public sealed partial class SpecReader
{
    private static readonly string[] ResultKeys = ["type", "ref", "map", "description", "fields", "items"];
    private static readonly string[] ListKeys = ["rows", "id", "paging"];

    private ResultSpec? ReadResult(YamlNode? node)
    {
        if (node is null || IsNull(node))
        {
            return null;
        }

        if (node is not YamlMappingNode map)
        {
            Report(SpecProblemKind.InvalidValue, "'result' is a mapping with 'type' (and 'fields' or 'items').", node);
            return null;
        }

        CheckKeys(map, ResultKeys, "result");
        var typeNode = Child(map, "type");
        var type = Text(typeNode, "type");
        if (type is null)
        {
            Report(SpecProblemKind.MissingKey, "'result' has no 'type'.", typeNode ?? map);
        }
        else if (!TypeVocabulary.Parse(type).IsKnown)
        {
            Report(SpecProblemKind.UnknownType, $"Result type '{type}' is not in the documented vocabulary; the result is kept as raw JSON.", typeNode!);
        }

        var shape = ReadShape(map, type, "result", depth: 1);
        return type is null
            ? null
            : new ResultSpec(type, Text(Child(map, "description"), "description"), shape.Fields, shape.Items, shape.Ref, shape.Map, shape.RefPosition);
    }

    private ListSpec? ReadList(YamlNode? node)
    {
        if (node is null || IsNull(node))
        {
            return null;
        }

        if (node is not YamlMappingNode map)
        {
            Report(SpecProblemKind.InvalidValue, "'list' is a mapping with 'rows', 'id' and 'paging'.", node);
            return null;
        }

        CheckKeys(map, ListKeys, "list");
        var paging = Text(Child(map, "paging"), "paging") ?? "next";
        if (paging is not ("next" or "pagination"))
        {
            Report(SpecProblemKind.InvalidValue, $"'paging' is next or pagination, not '{paging}'.", Child(map, "paging")!);
        }

        return new ListSpec(Text(Child(map, "rows"), "rows") ?? "result", Text(Child(map, "id"), "id"), paging);
    }
}
