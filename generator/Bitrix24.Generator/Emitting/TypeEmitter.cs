using System.Globalization;
using System.Linq;
using Bitrix24.Generator.Model;
using Bitrix24.Specs.Model;

namespace Bitrix24.Generator.Emitting;

/// <summary>Emits request classes (with their JSON writer) and result classes (with their tolerant JSON reader).</summary>
internal static class TypeEmitter
{
    private const string Utf8JsonWriter = "global::System.Text.Json.Utf8JsonWriter";
    private const string Utf8JsonReader = "global::System.Text.Json.Utf8JsonReader";
    private const string KeepProperty = $"{RuntimeNames.JsonValueReader}.KeepProperty(ref reader, ref {ValueCodec.ExtensionData});";
    private const string ExtensionDataType = $"global::System.Collections.Generic.IReadOnlyDictionary<string, {FrameworkNames.JsonElement}>";

    public static void EmitRequest(SourceWriter writer, TypeModel type, string summary, int rest, bool isTopLevel, string? remarks = null)
    {
        writer.Doc(summary, Remarks(remarks, type));
        writer.Open($"public sealed partial class {type.Name} : {(isTopLevel ? RuntimeNames.Request : RuntimeNames.JsonWritable)}");
        EmitMembers(writer, type, isRequest: true);
        writer.Template($$"""
            /// <summary>Undocumented fields (UF_CRM_* and the like), written as raw JSON.</summary>
            public {{ExtensionDataType}}? ExtensionData { get; init; }

            """);
        writer.Open($"void {RuntimeNames.JsonWritable}.{RuntimeNames.WriteTo}({Utf8JsonWriter} writer)");
        writer.Line("writer.WriteStartObject();");
        foreach (var property in type.Properties)
        {
            writer.Line(ValueCodec.WriteCall(property, rest));
        }

        writer.Template($$"""
            {{RuntimeNames.JsonValueWriter}}.WriteExtensionData(writer, ExtensionData);
            writer.WriteEndObject();
            """);
        writer.Close();

        foreach (var nested in type.Nested)
        {
            writer.Line();
            EmitRequest(writer, nested, NestedSummary(type, nested), rest, isTopLevel: false);
        }

        writer.Close();
    }

    /// <summary>
    /// A result class reads itself in a private constructor: one <c>case</c> line per member assigns what a runtime reader
    /// returns, so a member costs one statement and the object is built once, with no locals and no copy.
    /// </summary>
    public static void EmitResult(SourceWriter writer, TypeModel type, string summary, string? remarks = null)
    {
        writer.Doc(summary, Remarks(remarks, type));
        writer.Open($"public sealed partial class {type.Name}");
        EmitMembers(writer, type, isRequest: false);
        writer.Template($$"""
            /// <summary>Undocumented fields (UF_CRM_*, PARENT_ID_*) and values of an unexpected shape, kept raw.</summary>
            public {{ExtensionDataType}} ExtensionData { get; init; } = {{RuntimeNames.JsonValueReader}}.ExtensionData(null);

            """);
        if (!type.Properties.IsEmpty)
        {
            writer.Template($$"""
                private static readonly {{RuntimeNames.JsonPropertyNames}} {{ValueCodec.Names}} = new({{string.Join(", ", type.Properties.Select(property => GeneratedText.Literal(property.WireName)))}});

                """);
        }

        writer.Template($$"""
            /// <summary>An empty result (every member null), for tests and mocks.</summary>
            public {{type.Name}}()
            {
            }

            """);
        writer.Open($"private {type.Name}(ref {Utf8JsonReader} reader, bool isEmpty)");
        writer.Line($"global::System.Collections.Generic.Dictionary<string, {FrameworkNames.JsonElement}>? {ValueCodec.ExtensionData} = null;");
        writer.Open("while (!isEmpty && reader.Read() && reader.TokenType == global::System.Text.Json.JsonTokenType.PropertyName)");
        if (type.Properties.IsEmpty)
        {
            writer.Line(KeepProperty);
        }
        else
        {
            writer.Open($"switch ({ValueCodec.Names}.IndexOf(ref reader))");
            var index = 0;
            foreach (var property in type.Properties)
            {
                writer.Line($"case {index}: {property.Name} = {ValueCodec.ReadCall(property, index++)}; break;");
            }

            writer.Line($"default: {KeepProperty} break;");
            writer.Close();
        }

        writer.Close();
        writer.Line();
        writer.Line($"ExtensionData = {RuntimeNames.JsonValueReader}.ExtensionData({ValueCodec.ExtensionData});");
        writer.Close();
        writer.Line();
        writer.Template($$"""
            internal static bool TryRead(ref {{Utf8JsonReader}} reader, out {{type.Name}} value)
            {
                var isObject = {{RuntimeNames.JsonValueReader}}.TryStartObject(ref reader, out var isEmpty);
                value = isObject ? new {{type.Name}}(ref reader, isEmpty) : null!;
                return isObject;
            }
            """);

        foreach (var nested in type.Nested)
        {
            writer.Line();
            EmitResult(writer, nested, NestedSummary(type, nested));
        }

        writer.Close();
    }

    private static void EmitMembers(SourceWriter writer, TypeModel type, bool isRequest)
    {
        foreach (var property in type.Properties)
        {
            EmitConstants(writer, property);
            writer.Doc(GeneratedText.Doc(property.Description ?? property.WireName), PropertyRemarks(property));
            var required = isRequest && property.Required ? "required " : string.Empty;
            writer.Line($"public {required}{ValueCodec.DeclaredTypeOf(property)} {property.Name} {{ get; init; }}");
            writer.Line();
        }
    }

    private static void EmitConstants(SourceWriter writer, PropertyModel property)
    {
        if (property.ConstantsType is null)
        {
            return;
        }

        var isNumber = property.Kind == ValueKind.Integer;
        writer.Doc($"Documented values of <see cref=\"{property.Name}\"/>.");
        writer.Open($"public static class {property.ConstantsType}");
        foreach (var constant in property.Constants)
        {
            writer.Doc(GeneratedText.Doc(constant.Description ?? constant.Value));
            var value = isNumber ? long.Parse(constant.Value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture) + "L" : GeneratedText.Literal(constant.Value);
            writer.Line($"public const {(isNumber ? "long" : "string")} {constant.Name} = {value};");
        }

        writer.Close();
        writer.Line();
    }

    private static string PropertyRemarks(PropertyModel property)
    {
        var remarks = $"<c>{GeneratedText.Doc(property.WireName)}</c> ({GeneratedText.Doc(property.TypeToken)})";
        if (property.ConstantsType is null && !property.Constants.IsEmpty)
        {
            remarks += ": " + string.Join(" or ", property.Constants.Select(constant => $"<c>{GeneratedText.Doc(constant.Value)}</c>"));
        }

        return property.Example is null ? remarks : $"{remarks}, for example <c>{GeneratedText.Doc(property.Example)}</c>";
    }

    private static string? Remarks(string? remarks, TypeModel type)
        => PatternRemarks(type) is { } patterns ? (remarks is null ? patterns : $"{remarks} {patterns}") : remarks;

    private static string? PatternRemarks(TypeModel type)
        => type.Patterns.IsEmpty
            ? null
            : "Dynamic fields " + string.Join(", ", type.Patterns.Select(pattern => $"<c>{GeneratedText.Doc(pattern)}</c>")) + " are in <c>ExtensionData</c>.";

    private static string NestedSummary(TypeModel parent, TypeModel nested)
    {
        var property = parent.Properties.First(candidate => candidate.NestedType == nested.Name);
        var name = GeneratedText.Doc(property.WireName);
        return property.Kind switch
        {
            ValueKind.Array => $"An element of the <c>{name}</c> list.",
            ValueKind.Map => $"A value of the <c>{name}</c> map.",
            _ => $"The <c>{name}</c> object.",
        };
    }
}
