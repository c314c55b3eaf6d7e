using Bitrix24.Generator.Model;
using Bitrix24.Specs.Model;

namespace Bitrix24.Generator.Emitting;

/// <summary>
/// The C# type of each value kind, and the runtime helper that reads or writes it. All behaviour lives in the
/// runtime's <c>JsonValueReader</c>/<c>JsonValueWriter</c>; generated code only names the right helper.
/// </summary>
internal static class ValueCodec
{
    public static string TypeOf(PropertyModel property)
        => Kind(property) == ValueKind.Array
            ? $"global::System.Collections.Generic.IReadOnlyList<{ScalarType(property.Element, property.NestedType)}>"
            : ScalarType(Kind(property), property.NestedType);

    /// <summary>The member's declared type: nullable unless it is a required request member.</summary>
    public static string DeclaredTypeOf(PropertyModel property) => TypeOf(property) + (property.Required ? string.Empty : "?");

    /// <summary>The result's C# type; <paramref name="typePrefix"/> qualifies a generated result class.</summary>
    public static string ResultType(ResultModel result, string typePrefix)
    {
        var type = result.Type is null ? null : typePrefix + result.Type.Name;
        return result.Kind == ValueKind.Array
            ? $"global::System.Collections.Generic.IReadOnlyList<{ScalarType(result.Element, type)}>"
            : ScalarType(result.Kind, type);
    }

    /// <summary>The C# type of one row of a list; <paramref name="typePrefix"/> qualifies a generated row class.</summary>
    public static string RowType(ListModel list, string typePrefix)
        => ScalarType(list.RowKind, list.RowType is null ? null : typePrefix + list.RowType);

    /// <summary>A <c>JsonValueParser</c> for the whole result.</summary>
    public static string ResultParser(ResultModel result, string typePrefix)
    {
        var type = result.Type is null ? null : typePrefix + result.Type.Name;
        return result.Kind == ValueKind.Array
            ? $"{RuntimeNames.JsonValueReader}.ListParser<{ScalarType(result.Element, type)}>({ElementParser(result.Element, type)})"
            : ElementParser(result.Kind, type);
    }

    /// <summary>
    /// A statement that reads the value of property <paramref name="index"/> into <paramref name="local"/>, the reader
    /// being on its name (a value of another shape is kept raw in the extension data).
    /// </summary>
    public static string ReadCall(PropertyModel property, int index, string local) => Kind(property) switch
    {
        ValueKind.Array => $"__wireNames.ReadList<{ScalarType(property.Element, property.NestedType)}>(ref reader, {index}, {ElementParser(property.Element, property.NestedType)}, ref {local}, ref extensionData);",
        ValueKind.Object => $"__wireNames.ReadObject<{property.NestedType}>(ref reader, {index}, {property.NestedType}.TryRead, ref {local}, ref extensionData);",
        ValueKind.Raw => $"{RuntimeNames.JsonPropertyNames}.ReadRaw(ref reader, ref {local});",
        var kind => $"__wireNames.Read{HelperSuffix(kind)}(ref reader, {index}, ref {local}, ref extensionData);",
    };

    /// <summary>A statement that writes the property (nothing when its value is null) with <c>writer</c>.</summary>
    public static string WriteCall(PropertyModel property, int rest)
    {
        var isList = Kind(property) == ValueKind.Array;
        var kind = isList ? property.Element : Kind(property);
        var suffix = kind switch
        {
            ValueKind.Boolean when rest != 3 => "YesNo",
            ValueKind.Object when property.NestedType is not null => "Object",
            _ => HelperSuffix(kind),
        };
        return $"{RuntimeNames.JsonValueWriter}.Write{suffix}{(isList ? "List" : string.Empty)}Property(writer, {GeneratedText.Literal(property.WireName)}u8, {property.Name});";
    }

    // An object without documented fields has nothing to type: it stays a raw JSON value.
    private static ValueKind Kind(PropertyModel property)
        => property.Kind == ValueKind.Object && property.NestedType is null ? ValueKind.Raw : property.Kind;

    private static string ScalarType(ValueKind kind, string? nestedType) => kind switch
    {
        ValueKind.Integer => "long",
        ValueKind.Double => "double",
        ValueKind.Boolean => "bool",
        ValueKind.String => "string",
        ValueKind.Date => "global::System.DateTime",
        ValueKind.DateTime or ValueKind.Timestamp => "global::System.DateTimeOffset",
        ValueKind.Object when nestedType is not null => nestedType,
        _ => FrameworkNames.JsonElement,
    };

    private static string ElementParser(ValueKind element, string? nestedType) => element switch
    {
        ValueKind.Object when nestedType is not null => $"{nestedType}.TryRead",
        ValueKind.Integer or ValueKind.Double or ValueKind.Boolean or ValueKind.String or ValueKind.Date or ValueKind.DateTime or ValueKind.Timestamp
            => $"{RuntimeNames.JsonValueReader}.TryRead{HelperSuffix(element)}Item",
        _ => $"{RuntimeNames.JsonValueReader}.TryReadRawItem",
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
