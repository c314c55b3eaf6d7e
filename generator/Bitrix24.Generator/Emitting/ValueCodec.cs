using Bitrix24.Generator.Model;
using Bitrix24.Specs.Model;

namespace Bitrix24.Generator.Emitting;

/// <summary>
/// The C# type of each value kind, and the runtime helper that reads or writes it. All behaviour lives in the
/// runtime's <c>JsonValueReader</c>/<c>JsonValueWriter</c>; generated code only names the right helper.
/// </summary>
internal static class ValueCodec
{
    private const string ListType = "global::System.Collections.Generic.IReadOnlyList";
    private const string MapType = "global::System.Collections.Generic.IReadOnlyDictionary<string, ";

    public static string TypeOf(PropertyModel property) => Kind(property) switch
    {
        ValueKind.Array => $"{ListType}<{ScalarType(property.Element, property.NestedType)}>",
        ValueKind.Map => $"{MapType}{ScalarType(property.Element, property.NestedType)}>",
        var kind => ScalarType(kind, property.NestedType),
    };

    /// <summary>The member's declared type: nullable unless it is a required request member.</summary>
    public static string DeclaredTypeOf(PropertyModel property) => TypeOf(property) + (property.Required ? string.Empty : "?");

    /// <summary>The result's C# type; <paramref name="typePrefix"/> qualifies a generated result class.</summary>
    public static string ResultType(ResultModel result, string typePrefix)
    {
        var type = ResultClass(result, typePrefix);
        return result.Kind switch
        {
            ValueKind.Array => $"{ListType}<{ScalarType(result.Element, type)}>",
            ValueKind.Map => $"{MapType}{ScalarType(result.Element, type)}>",
            var kind => ScalarType(kind, type),
        };
    }

    /// <summary>The C# type of one row of a list; <paramref name="typePrefix"/> qualifies a generated row class (a named type's is qualified already).</summary>
    public static string RowType(ListModel list, string typePrefix)
        => ScalarType(list.RowKind, list.RowType is null || list.RowRef is not null ? list.RowType : typePrefix + list.RowType);

    /// <summary>A <c>JsonValueParser</c> for the whole result.</summary>
    public static string ResultParser(ResultModel result, string typePrefix)
    {
        var type = ResultClass(result, typePrefix);
        return result.Kind switch
        {
            ValueKind.Array => $"{RuntimeNames.JsonValueReader}.{RuntimeNames.ListParser}<{ScalarType(result.Element, type)}>({ElementParser(result.Element, type)})",
            ValueKind.Map => $"{RuntimeNames.JsonValueReader}.{RuntimeNames.MapParser}<{ScalarType(result.Element, type)}>({ElementParser(result.Element, type)})",
            var kind => ElementParser(kind, type),
        };
    }

    // A named type's class is qualified already; an inline one is qualified by the method's namespace.
    private static string? ResultClass(ResultModel result, string typePrefix)
        => result.Ref is not null ? result.RefType : result.Type is null ? null : typePrefix + result.Type.Name;

    /// <summary>A result class's wire-name table and readers (a member name never starts with an underscore).</summary>
    public const string Names = "__names";

    /// <summary>The reading constructor's local that collects kept values (members are PascalCase, so none clashes).</summary>
    public const string ExtensionData = "extensionData";

    /// <summary>
    /// An expression that reads the value of property <paramref name="index"/>, the reader being on its name; a value
    /// of another shape is kept raw in the extension data and reads as null.
    /// </summary>
    public static string ReadCall(PropertyModel property, int index) => Kind(property) switch
    {
        ValueKind.Array => $"{Names}.{RuntimeNames.ReadList}<{ScalarType(property.Element, property.NestedType)}>(ref reader, {index}, {ElementParser(property.Element, property.NestedType)}, ref {ExtensionData})",
        ValueKind.Map => $"{Names}.{RuntimeNames.ReadMap}<{ScalarType(property.Element, property.NestedType)}>(ref reader, {index}, {ElementParser(property.Element, property.NestedType)}, ref {ExtensionData})",
        ValueKind.Object => $"{Names}.{RuntimeNames.ReadObject}<{property.NestedType}>(ref reader, {index}, {property.NestedType}.TryRead, ref {ExtensionData})",
        ValueKind.Raw => $"{Names}.{RuntimeNames.ReadRaw}(ref reader)",
        var kind => $"{Names}.{HelperSuffix(kind)}(ref reader, {index}, ref {ExtensionData})",
    };

    /// <summary>A statement that writes the property (nothing when its value is null) with <c>writer</c>.</summary>
    public static string WriteCall(PropertyModel property, int rest)
    {
        if (Kind(property) == ValueKind.Map)
        {
            // A request map holds strings or objects (the model sends any other map raw).
            var map = property.Element == ValueKind.String ? "WriteStringMapProperty" : "WriteObjectMapProperty";
            return $"{RuntimeNames.JsonValueWriter}.{map}(writer, {GeneratedText.Literal(property.WireName)}u8, {property.Name});";
        }

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

    // An object without documented fields (or whose type is unknown) has nothing to type: it stays a raw JSON value.
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
