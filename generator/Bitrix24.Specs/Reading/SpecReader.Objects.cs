using Bitrix24.Specs.Model;
using YamlDotNet.RepresentationModel;

namespace Bitrix24.Specs.Reading;

/// <content>A type file: <c>object</c> (the id), <c>title</c>, <c>summary</c>, <c>source</c> and its <c>fields</c>.</content>
public sealed partial class SpecReader
{
    private static readonly string[] ObjectKeys = ["object", "title", "summary", "source", "fields"];

    private ObjectSpec? ReadObject(YamlMappingNode map)
    {
        CheckKeys(map, ObjectKeys, "type");
        var idNode = Child(map, "object")!;
        var id = Text(idNode, "object");
        if (id is null)
        {
            Report(SpecProblemKind.MissingKey, "'object' is empty: it holds the type id, such as crm.deal.", idNode);
        }
        else
        {
            CheckName(id, idNode, TypeId);
        }

        var fieldsNode = Child(map, "fields");
        var fields = ReadParams(fieldsNode, "fields", depth: 1);
        if (fieldsNode is null || IsNull(fieldsNode) || fieldsNode is YamlSequenceNode { Children.Count: 0 })
        {
            Report(SpecProblemKind.MissingKey, "The type has no 'fields': a type file lists at least one field.", fieldsNode ?? map);
        }

        return id is null
            ? null
            : new ObjectSpec(
                id,
                Text(Child(map, "title"), "title"),
                Text(Child(map, "summary"), "summary"),
                Text(Child(map, "source"), "source"),
                fields,
                Position(idNode));
    }
}
