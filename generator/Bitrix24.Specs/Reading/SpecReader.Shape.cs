using Bitrix24.Specs.Model;
using YamlDotNet.RepresentationModel;

namespace Bitrix24.Specs.Reading;

/// <content>
/// What a parameter's, field's or result's value is made of besides its token: inline <c>fields</c>/<c>items</c>, a named
/// type (<c>ref</c>) or a map (<c>map</c>), and whether they agree with each other and with the token.
/// </content>
public sealed partial class SpecReader
{
    // depth is the nesting level of the fields and items read here.
    private Shape ReadShape(YamlMappingNode map, string? type, string label, int depth)
    {
        var fields = ReadParams(Child(map, "fields"), $"{label}.fields", depth);
        var items = ReadParams(Child(map, "items"), $"{label}.items", depth);

        var refNode = Child(map, "ref");
        var reference = Text(refNode, "ref");
        if (reference is not null)
        {
            CheckName(reference, refNode!, TypeId);
        }

        var mapNode = Child(map, "map");
        var mapToken = Text(mapNode, "map");
        if (mapToken is not null && !TypeVocabulary.Parse(mapToken).IsKnown)
        {
            Report(SpecProblemKind.UnknownType, $"Map value type '{mapToken}' of '{label}' is not in the documented vocabulary; the values are kept as raw JSON.", mapNode!);
        }

        var shape = new Shape(fields, items, reference, mapToken, refNode is null ? default : Position(refNode));
        if (type is not null)
        {
            CheckShape(map, type, shape, label);
        }

        return shape;
    }

    private void CheckShape(YamlMappingNode map, string type, Shape shape, string label)
    {
        if (shape.Map is not null && TypeVocabulary.IsBasicScalar(type))
        {
            Report(SpecProblemKind.InvalidNesting, $"'{label}' has 'map' but its type '{type}' is a scalar.", Child(map, "map")!);
        }

        // In a map, 'fields', 'items' and 'ref' describe each value.
        var values = TypeVocabulary.MapValue(type, shape.Map);
        var described = values ?? type;
        var what = values is null ? "its type" : "its values' type";
        if (shape.Ref is not null)
        {
            var beside = !shape.Fields.IsEmpty ? "fields" : !shape.Items.IsEmpty ? "items" : null;
            if (beside is not null)
            {
                Report(SpecProblemKind.InvalidNesting, $"'{label}' has both 'ref' and '{beside}': it refers to a type or lists its own {beside}, not both.", Child(map, "ref")!);
            }
            else if (TypeVocabulary.IsBasicScalar(described))
            {
                Report(SpecProblemKind.InvalidNesting, $"'{label}' refers to a type but {what} '{described}' is a scalar.", Child(map, "ref")!);
            }
        }

        var kind = TypeVocabulary.Parse(described).Kind;
        if (!shape.Fields.IsEmpty && kind is not (ValueKind.Object or ValueKind.Raw))
        {
            Report(SpecProblemKind.InvalidNesting, $"'{label}' has 'fields' but {what} '{described}' is not an object.", Child(map, "fields")!);
        }

        if (!shape.Items.IsEmpty && kind is not (ValueKind.Array or ValueKind.Raw))
        {
            Report(SpecProblemKind.InvalidNesting, $"'{label}' has 'items' but {what} '{described}' is not an array.", Child(map, "items")!);
        }
    }

    private readonly record struct Shape(EquatableArray<ParamSpec> Fields, EquatableArray<ParamSpec> Items, string? Ref, string? Map, SpecPosition RefPosition);
}
