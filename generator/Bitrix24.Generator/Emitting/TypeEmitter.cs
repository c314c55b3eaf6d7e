using System.Globalization;
using System.Linq;
using Bitrix24.Generator.Model;
using Bitrix24.Specs.Model;

namespace Bitrix24.Generator.Emitting;

/// <summary>Emits request records (with their JSON writer) and result records (with their tolerant JSON reader).</summary>
internal static class TypeEmitter
{
    private const string Utf8JsonWriter = "global::System.Text.Json.Utf8JsonWriter";
    private const string Utf8JsonReader = "global::System.Text.Json.Utf8JsonReader";
    private const string ExtensionDataType = "global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Text.Json.JsonElement>";

    public static void EmitRequest(SourceWriter writer, TypeModel type, string summary, int rest, bool isTopLevel)
    {
        writer.Doc(summary, PatternRemarks(type));
        var interfaces = isTopLevel ? " : global::Bitrix24.Client.Transport.IBitrix24Request" : string.Empty;
        writer.Open($"public sealed partial record {type.Name}{interfaces}");
        EmitMembers(writer, type, isRequest: true);
        writer.Doc("Extra fields written after the documented ones (custom fields such as UF_CRM_*), as raw JSON values.");
        writer.Line($"public {ExtensionDataType}? ExtensionData {{ get; init; }}");
        writer.Line();

        if (isTopLevel)
        {
            writer.Line($"void global::Bitrix24.Client.Transport.IBitrix24Request.WriteTo({Utf8JsonWriter} writer) => Write(writer);");
            writer.Line();
        }

        writer.Open($"internal void Write({Utf8JsonWriter} writer)");
        writer.Line("writer.WriteStartObject();");
        foreach (var property in type.Properties)
        {
            var name = $"{SourceWriter.Literal(property.WireName)}u8";
            if (property.Required)
            {
                writer.Line($"writer.WritePropertyName({name});");
                writer.Line(ValueCodec.WriteCall(property, property.Name, "writer", rest));
                continue;
            }

            writer.Open($"if ({property.Name} is {{ }} {Local(property)})");
            writer.Line($"writer.WritePropertyName({name});");
            writer.Line(ValueCodec.WriteCall(property, Local(property), "writer", rest));
            writer.Close();
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
        writer.Open($"public sealed partial record {type.Name}");
        EmitMembers(writer, type, isRequest: false);
        writer.Doc("Fields the spec does not describe (UF_CRM_*, PARENT_ID_*), and documented fields whose value had an unexpected shape, kept raw.");
        writer.Line($"public {ExtensionDataType} ExtensionData {{ get; init; }} = global::Bitrix24.Client.Json.JsonValueReader.ExtensionData(null);");
        writer.Line();

        if (!type.Properties.IsEmpty)
        {
            writer.Line($"private static readonly global::Bitrix24.Client.Json.JsonPropertyNames __wireNames = new({string.Join(", ", type.Properties.Select(property => SourceWriter.Literal(property.WireName)))});");
            writer.Line();
        }

        writer.Doc($"Reads a <see cref=\"{type.Name}\"/> at the reader's current token; false, without consuming, when the value is not an object.");
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
                writer.Line($"case {index++}:");
                writer.Indent();
                writer.Line("reader.Read();");
                writer.Open($"if (!{ValueCodec.ReadCall(property, Local(property))})");
                writer.Line($"global::Bitrix24.Client.Json.JsonValueReader.KeepValue(ref reader, {SourceWriter.Literal(property.WireName)}, ref extensionData);");
                writer.Close();
                writer.Line();
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
            writer.Doc(SourceWriter.Escape(property.Description ?? property.WireName), PropertyRemarks(property));
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
            writer.Doc(SourceWriter.Escape(constant.Description ?? constant.Value), $"Wire value <c>{SourceWriter.Escape(constant.Value)}</c>.");
            var value = isNumber ? long.Parse(constant.Value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture) + "L" : SourceWriter.Literal(constant.Value);
            writer.Line($"public const {(isNumber ? "long" : "string")} {constant.Name} = {value};");
        }

        writer.Close();
        writer.Line();
    }

    private static string PropertyRemarks(PropertyModel property)
    {
        var remarks = $"Wire name <c>{SourceWriter.Escape(property.WireName)}</c>, documented type <c>{SourceWriter.Escape(property.TypeToken)}</c>.";
        if (property.Example is not null)
        {
            remarks += $" Example: <c>{SourceWriter.Escape(property.Example)}</c>.";
        }

        return remarks;
    }

    private static string? PatternRemarks(TypeModel type)
        => type.Patterns.IsEmpty
            ? null
            : "Dynamic fields " + string.Join(", ", type.Patterns.Select(pattern => $"<c>{SourceWriter.Escape(pattern)}</c>")) + " are in <c>ExtensionData</c>.";

    private static string NestedSummary(TypeModel parent, TypeModel nested)
    {
        var property = parent.Properties.First(candidate => candidate.NestedType == nested.Name);
        var name = SourceWriter.Escape(property.WireName);
        return property.Kind == ValueKind.Array ? $"An element of the <c>{name}</c> list." : $"The <c>{name}</c> object.";
    }

    // A local name that cannot clash with the reader, writer or any member.
    private static string Local(PropertyModel property) => "__" + property.Name;
}
