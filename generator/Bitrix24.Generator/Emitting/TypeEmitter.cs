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
    private const string Writable = "global::Bitrix24.Client.Json.IJsonWritable";
    private const string ExtensionDataType = "global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Text.Json.JsonElement>";

    public static void EmitRequest(SourceWriter writer, TypeModel type, string summary, int rest, bool isTopLevel)
    {
        writer.Doc(summary, PatternRemarks(type));
        writer.Open($"public sealed partial class {type.Name} : {(isTopLevel ? "global::Bitrix24.Client.Transport.IBitrix24Request" : Writable)}");
        EmitMembers(writer, type, isRequest: true);
        writer.Doc("Undocumented fields (UF_CRM_* and the like), written as raw JSON.");
        writer.Line($"public {ExtensionDataType}? ExtensionData {{ get; init; }}");
        writer.Line();
        writer.Open($"void {Writable}.WriteTo({Utf8JsonWriter} writer)");
        writer.Line("writer.WriteStartObject();");
        foreach (var property in type.Properties)
        {
            writer.Line(ValueCodec.WriteCall(property, rest));
        }

        writer.Line("global::Bitrix24.Client.Json.JsonValueWriter.WriteExtensionData(writer, ExtensionData);");
        writer.Line("writer.WriteEndObject();");
        writer.Close();

        foreach (var nested in type.Nested)
        {
            writer.Line();
            EmitRequest(writer, nested, NestedSummary(type, nested), rest, isTopLevel: false);
        }

        writer.Close();
    }

    public static void EmitResult(SourceWriter writer, TypeModel type, string summary)
    {
        writer.Doc(summary, PatternRemarks(type));
        writer.Open($"public sealed partial class {type.Name}");
        EmitMembers(writer, type, isRequest: false);
        writer.Doc("Undocumented fields (UF_CRM_*, PARENT_ID_*) and values of an unexpected shape, kept raw.");
        writer.Line($"public {ExtensionDataType} ExtensionData {{ get; init; }} = global::Bitrix24.Client.Json.JsonValueReader.ExtensionData(null);");
        writer.Line();

        if (!type.Properties.IsEmpty)
        {
            writer.Line($"private static readonly global::Bitrix24.Client.Json.JsonPropertyNames __wireNames = new({string.Join(", ", type.Properties.Select(property => GeneratedText.Literal(property.WireName)))});");
            writer.Line();
        }

        writer.Open($"internal static bool TryRead(ref {Utf8JsonReader} reader, out {type.Name} value)");
        writer.Line("value = null!;");
        writer.Open("if (!global::Bitrix24.Client.Json.JsonValueReader.TryStartObject(ref reader, out var isEmpty))");
        writer.Line("return false;");
        writer.Close();
        writer.Line();
        foreach (var property in type.Properties)
        {
            writer.Line($"{ValueCodec.DeclaredTypeOf(property)} {Local(property)} = default;");
        }

        writer.Line("global::System.Collections.Generic.Dictionary<string, global::System.Text.Json.JsonElement>? extensionData = null;");
        writer.Open("while (!isEmpty && reader.Read() && reader.TokenType == global::System.Text.Json.JsonTokenType.PropertyName)");
        if (type.Properties.IsEmpty)
        {
            writer.Line("global::Bitrix24.Client.Json.JsonValueReader.KeepProperty(ref reader, ref extensionData);");
        }
        else
        {
            writer.Open("switch (__wireNames.IndexOf(ref reader))");
            var index = 0;
            foreach (var property in type.Properties)
            {
                writer.Line($"case {index}:");
                writer.Indent();
                writer.Line(ValueCodec.ReadCall(property, index++, Local(property)));
                writer.Line("break;");
                writer.Unindent();
            }

            writer.Line("default:");
            writer.Indent();
            writer.Line("global::Bitrix24.Client.Json.JsonValueReader.KeepProperty(ref reader, ref extensionData);");
            writer.Line("break;");
            writer.Unindent();
            writer.Close();
        }

        writer.Close();
        writer.Line();
        writer.Line($"value = new {type.Name}");
        writer.Line("{");
        foreach (var property in type.Properties)
        {
            writer.Line($"    {property.Name} = {Local(property)},");
        }

        writer.Line("    ExtensionData = global::Bitrix24.Client.Json.JsonValueReader.ExtensionData(extensionData),");
        writer.Line("};");
        writer.Line("return true;");
        writer.Close();

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

    private static string? PatternRemarks(TypeModel type)
        => type.Patterns.IsEmpty
            ? null
            : "Dynamic fields " + string.Join(", ", type.Patterns.Select(pattern => $"<c>{GeneratedText.Doc(pattern)}</c>")) + " are in <c>ExtensionData</c>.";

    private static string NestedSummary(TypeModel parent, TypeModel nested)
    {
        var property = parent.Properties.First(candidate => candidate.NestedType == nested.Name);
        var name = GeneratedText.Doc(property.WireName);
        return property.Kind == ValueKind.Array ? $"An element of the <c>{name}</c> list." : $"The <c>{name}</c> object.";
    }

    // A local name that cannot clash with the reader, writer or any member.
    private static string Local(PropertyModel property) => "__" + property.Name;
}
