using Bitrix24.Generator.Model;
using Bitrix24.Specs.Model;

namespace Bitrix24.Generator.Emitting;

/// <summary>
/// The C# type of each value kind, and the runtime helper that reads or writes it. All behaviour lives in the
/// runtime's <c>JsonValueReader</c>/<c>JsonValueWriter</c>; generated code only names the right helper.
/// </summary>
internal static class ValueCodec
{
    private const string Reader = "global::Bitrix24.Client.Json.JsonValueReader";
    private const string Writer = "global::Bitrix24.Client.Json.JsonValueWriter";
    private const string JsonElement = "global::System.Text.Json.JsonElement";

    public static string TypeOf(PropertyModel property)
        => Kind(property) == ValueKind.Array
            ? $"global::System.Collections.Generic.IReadOnlyList<{ScalarType(property.Element, property.NestedType)}>"
            : ScalarType(Kind(property), property.NestedType);

    /// <summary>The member's declared type: nullable unless it is a required request member.</summary>
    public static string DeclaredTypeOf(PropertyModel property) => TypeOf(property) + (property.Required ? string.Empty : "?");

    /// <summary>The result's C# type; <paramref name="typePrefix"/> qualifies a generated result record.</summary>
    public static string ResultType(ResultModel result, string typePrefix)
    {
        var type = result.Type is null ? null : typePrefix + result.Type.Name;
        return result.Kind == ValueKind.Array
            ? $"global::System.Collections.Generic.IReadOnlyList<{ScalarType(result.Element, type)}>"
            : ScalarType(result.Kind, type);
    }

    /// <summary>The C# type of one row of a list; <paramref name="typePrefix"/> qualifies a generated row record.</summary>
    public static string RowType(ListModel list, string typePrefix)
        => ScalarType(list.RowKind, list.RowType is null ? null : typePrefix + list.RowType);

    /// <summary>A <c>JsonValueParser</c> for the whole result.</summary>
    public static string ResultParser(ResultModel result, string typePrefix)
    {
        var type = result.Type is null ? null : typePrefix + result.Type.Name;
        return result.Kind == ValueKind.Array
            ? $"{Reader}.ListParser<{ScalarType(result.Element, type)}>({ElementParser(result.Element, type)})"
            : ElementParser(result.Kind, type);
    }

    /// <summary>A call that reads the member's value into <paramref name="local"/> and says whether it could.</summary>
    public static string ReadCall(PropertyModel property, string local) => Kind(property) switch
    {
        ValueKind.Array => $"{Reader}.TryReadList(ref reader, {ElementParser(property.Element, property.NestedType)}, out {local})",
        ValueKind.Object => $"{property.NestedType}.TryRead(ref reader, out {local})",
        var kind => $"{Reader}.TryRead{HelperSuffix(kind)}(ref reader, out {local})",
    };

    /// <summary>A statement that writes <paramref name="value"/> (non-null) with <paramref name="writer"/>.</summary>
    public static string WriteCall(PropertyModel property, string value, string writer, int rest)
        => Kind(property) == ValueKind.Array
            ? $"{Writer}.WriteList({writer}, {value}, static (w, item) => {WriteValue(property.Element, property.NestedType, "item", "w", rest)});"
            : WriteValue(Kind(property), property.NestedType, value, writer, rest) + ";";

    // An object without documented fields has nothing to type: it stays a raw JSON value.
    private static ValueKind Kind(PropertyModel property)
        => property.Kind == ValueKind.Object && property.NestedType is null ? ValueKind.Raw : property.Kind;

    private static string WriteValue(ValueKind kind, string? nestedType, string value, string writer, int rest) => kind switch
    {
        ValueKind.Integer or ValueKind.Double => $"{writer}.WriteNumberValue({value})",
        ValueKind.Boolean when rest == 3 => $"{writer}.WriteBooleanValue({value})",
        ValueKind.Boolean => $"{Writer}.WriteYesNo({writer}, {value})",
        ValueKind.String => $"{writer}.WriteStringValue({value})",
        ValueKind.Date => $"{Writer}.WriteDate({writer}, {value})",
        ValueKind.DateTime => $"{Writer}.WriteDateTime({writer}, {value})",
        ValueKind.Timestamp => $"{Writer}.WriteTimestamp({writer}, {value})",
        ValueKind.Object when nestedType is not null => $"{value}.Write({writer})",
        _ => $"{value}.WriteTo({writer})",
    };

    private static string ScalarType(ValueKind kind, string? nestedType) => kind switch
    {
        ValueKind.Integer => "long",
        ValueKind.Double => "double",
        ValueKind.Boolean => "bool",
        ValueKind.String => "string",
        ValueKind.Date => "global::System.DateTime",
        ValueKind.DateTime or ValueKind.Timestamp => "global::System.DateTimeOffset",
        ValueKind.Object when nestedType is not null => nestedType,
        _ => JsonElement,
    };

    private static string ElementParser(ValueKind element, string? nestedType) => element switch
    {
        ValueKind.Object when nestedType is not null => $"{nestedType}.TryRead",
        ValueKind.Integer or ValueKind.Double or ValueKind.Boolean or ValueKind.String or ValueKind.Date or ValueKind.DateTime or ValueKind.Timestamp
            => $"{Reader}.TryRead{HelperSuffix(element)}Item",
        _ => $"{Reader}.TryReadRawItem",
    };

    private static string HelperSuffix(ValueKind kind) => kind switch
    {
        ValueKind.Integer => "Int64",
        ValueKind.Double => "Double",
        ValueKind.Boolean => "Boolean",
        ValueKind.String => "String",
        ValueKind.Date => "Date",
        ValueKind.DateTime => "DateTime",
        ValueKind.Timestamp => "Timestamp",
        _ => "Raw",
    };
}
