using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Bitrix24.Generator.Diagnostics;
using Bitrix24.Generator.Model;
using Bitrix24.Specs.Model;

namespace Bitrix24.Generator.Parsing;

/// <summary>
/// Turns a valid <see cref="MethodSpec"/> into the emit-ready <see cref="MethodModel"/>: C# names, nested types,
/// error members. Reports what only shows once names are C# names (collisions, reserved names).
/// </summary>
internal sealed class ModelBuilder
{
    // Members every generated class has or inherits from object (hiding one is CS0108), and names the record types of
    // earlier versions had (kept so member names stay stable); a property may not take these names.
    private static readonly string[] ReservedMembers =
    [
        .. GeneratedNames.ObjectMembers, "EqualityContract", "Deconstruct", "PrintMembers", "Write", "TryRead", "ExtensionData",
    ];

    private readonly string _filePath;
    private readonly List<DiagnosticInfo> _diagnostics;

    private ModelBuilder(string filePath, List<DiagnosticInfo> diagnostics)
    {
        _filePath = filePath;
        _diagnostics = diagnostics;
    }

    public static (MethodModel? Model, MethodKey Key) Build(MethodSpec spec, string filePath, string? ownNamespace, List<DiagnosticInfo> diagnostics)
    {
        var builder = new ModelBuilder(filePath, diagnostics);
        var errorsBefore = diagnostics.Count(IsError);
        var segments = spec.Method.Split('.').Select(segment => Identifiers.Pascal(segment)).ToArray();
        var root = spec.Rest == 3 ? "V3" : string.Empty;
        var namespaceSuffix = segments.Length > 1 ? Join(root, segments[0]) : root;
        var typeBase = string.Concat(segments.Length > 1 ? segments.Skip(1) : segments);
        var groupPath = (root.Length > 0 ? new[] { root } : []).Concat(segments.Take(segments.Length - 1)).ToEquatableArray();
        var facade = new FacadeEntry(groupPath, segments[segments.Length - 1] + "Async", ownNamespace);
        var request = spec.Params.IsEmpty ? null : builder.BuildType(typeBase + "Request", spec.Params, isRequest: true);
        var result = builder.BuildResult(spec.Result, typeBase);
        var errors = BuildErrors(spec.Errors);
        var list = ListModelBuilder.Build(spec.List, spec.Rest, result, facade);
        var listMembers = list is null ? EquatableArray<string>.Empty : new[] { list.AllMember, list.BulkMember }.OfType<string>().ToEquatableArray();
        var key = new MethodKey(spec.Method, spec.Rest, $"{ownNamespace}|{namespaceSuffix}.{typeBase}", namespaceSuffix, typeBase, filePath, spec.Position.Line, spec.Position.Column, facade, listMembers);

        var model = new MethodModel(
            spec.Method,
            spec.Rest,
            namespaceSuffix,
            typeBase,
            facade,
            spec.Title,
            spec.Summary,
            spec.Access,
            spec.Source,
            spec.Deprecated,
            spec.Replacement,
            spec.Kind == MethodKind.Read,
            request,
            spec.Params.Any(parameter => parameter.Required),
            result,
            list,
            errors);
        return (diagnostics.Count(IsError) > errorsBefore ? null : model, key);
    }

    private static bool IsError(DiagnosticInfo diagnostic)
        => DiagnosticDescriptors.Find(diagnostic.Id).DefaultSeverity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error;

    private static string Join(string left, string right) => left.Length == 0 ? right : $"{left}.{right}";

    private TypeModel BuildType(string typeName, EquatableArray<ParamSpec> fields, bool isRequest)
    {
        var patterns = new List<string>();
        var drafts = new List<(ParamSpec Spec, string Name)>();
        var byName = new Dictionary<string, ParamSpec>();
        foreach (var field in fields)
        {
            if (Identifiers.IsPattern(field.Name))
            {
                patterns.Add(field.Name);
                continue;
            }

            var name = Identifiers.Pascal(field.Name);
            if (!Identifiers.IsUsable(name))
            {
                var fallback = "Field" + (drafts.Count + 1).ToString(CultureInfo.InvariantCulture);
                Report(DiagnosticDescriptors.ReservedName, field.Position, field.Name, name, fallback);
                name = fallback;
            }

            if (byName.TryGetValue(name, out var earlier))
            {
                var unique = name;
                for (var n = 2; byName.ContainsKey(unique); n++)
                {
                    unique = name + n.ToString(CultureInfo.InvariantCulture);
                }

                Report(DiagnosticDescriptors.NameCollision, field.Position, earlier.Name, field.Name, name, typeName, unique);
                name = unique;
            }

            byName.Add(name, field);
            drafts.Add((field, name));
        }

        var nested = new List<TypeModel>();
        var properties = new List<PropertyModel>();
        var taken = new HashSet<string>(ReservedMembers) { typeName };
        foreach (var (spec, name) in drafts)
        {
            var type = TypeVocabulary.Parse(spec.Type);
            var kind = !spec.Items.IsEmpty ? ValueKind.Array : !spec.Fields.IsEmpty ? ValueKind.Object : type.Kind;
            var element = !spec.Items.IsEmpty ? ValueKind.Object : type.Element;
            string? nestedName = null;
            if (kind == ValueKind.Object && !spec.Fields.IsEmpty)
            {
                nestedName = NestedName(spec, name + "Object", typeName);
                nested.Add(BuildType(nestedName, spec.Fields, isRequest));
            }
            else if (kind == ValueKind.Array && element == ValueKind.Object && !spec.Items.IsEmpty)
            {
                nestedName = NestedName(spec, name + "Item", typeName);
                nested.Add(BuildType(nestedName, spec.Items, isRequest));
            }

            // A Y/N pair (half of all documented value sets) gets no class of its own: the member's docs list the two values.
            var constantsType = name + "Values";
            var constants = BuildConstants(spec, kind, constantsType);
            constantsType = constants.IsEmpty || IsYesNo(constants) ? null : constantsType;
            taken.UnionWith(new[] { nestedName, constantsType }.Where(n => n is not null)!);
            properties.Add(new PropertyModel(
                name,
                spec.Name,
                kind,
                element,
                nestedName,
                isRequest && spec.Required,
                spec.Description,
                spec.Example,
                spec.Type,
                constantsType,
                constants));
        }

        return new TypeModel(typeName, RenameReserved(properties, drafts, taken), nested.ToEquatableArray(), patterns.ToEquatableArray());
    }

    private EquatableArray<PropertyModel> RenameReserved(List<PropertyModel> properties, List<(ParamSpec Spec, string Name)> drafts, HashSet<string> taken)
    {
        var used = new HashSet<string>(properties.Select(property => property.Name));
        for (var i = 0; i < properties.Count; i++)
        {
            var property = properties[i];
            if (!taken.Contains(property.Name))
            {
                continue;
            }

            var renamed = property.Name + "Value";
            for (var n = 2; taken.Contains(renamed) || used.Contains(renamed); n++)
            {
                renamed = property.Name + "Value" + n.ToString(CultureInfo.InvariantCulture);
            }

            Report(DiagnosticDescriptors.ReservedName, drafts[i].Spec.Position, property.WireName, property.Name, renamed);
            used.Add(renamed);
            properties[i] = property with { Name = renamed };
        }

        return properties.ToEquatableArray();
    }

    // A nested class named like the class it is declared in is CS0542 (a field x_object with fields, inside XObject).
    private string NestedName(ParamSpec spec, string name, string containerName)
    {
        if (name != containerName)
        {
            return name;
        }

        var renamed = name + "2";
        Report(DiagnosticDescriptors.ReservedName, spec.Position, spec.Name, name, renamed);
        return renamed;
    }

    private EquatableArray<ConstantModel> BuildConstants(ParamSpec spec, ValueKind kind, string className)
    {
        var values = spec.Values;
        if (values.IsEmpty || kind is not (ValueKind.Integer or ValueKind.String)
            || (kind == ValueKind.Integer && values.Any(value => !long.TryParse(value.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))))
        {
            return EquatableArray<ConstantModel>.Empty;
        }

        // The class's own name (CS0542) and object's members (CS0108) are taken; repeated names are numbered quietly.
        var reserved = new HashSet<string>(GeneratedNames.ObjectMembers) { className };
        var names = new HashSet<string>();
        var constants = new List<ConstantModel>();
        foreach (var value in values)
        {
            var name = ConstantName(value);
            var unique = name;
            for (var n = 2; reserved.Contains(unique) || !names.Add(unique); n++)
            {
                unique = name + n.ToString(CultureInfo.InvariantCulture);
            }

            if (reserved.Contains(name))
            {
                Report(DiagnosticDescriptors.ReservedName, spec.Position, value.Value, name, unique);
            }

            constants.Add(new ConstantModel(unique, value.Value, value.Description));
        }

        return constants.ToEquatableArray();
    }

    private static bool IsYesNo(EquatableArray<ConstantModel> constants)
        => constants.Count == 2 && constants.Any(constant => constant.Value == "Y") && constants.Any(constant => constant.Value == "N");

    // A readable value (Y, CALL) names itself; a number is named by its description's first words.
    private static string ConstantName(EnumValueSpec value)
    {
        var fromValue = Identifiers.Pascal(value.Value);
        if (Identifiers.IsUsable(fromValue) && !char.IsDigit(value.Value.TrimStart('-')[0]))
        {
            return fromValue;
        }

        var fromDescription = value.Description is null ? string.Empty : Identifiers.PascalWords(value.Description, 4);
        return Identifiers.IsUsable(fromDescription) && !fromDescription.StartsWith("_", System.StringComparison.Ordinal)
            ? fromDescription
            : "Value" + Identifiers.Pascal(value.Value.Replace('-', 'm')).TrimStart('_');
    }

    private ResultModel BuildResult(ResultSpec? result, string typeBase)
    {
        if (result is null)
        {
            return new ResultModel(ValueKind.Raw, ValueKind.Raw, null, null);
        }

        var type = TypeVocabulary.Parse(result.Type);
        if (!result.Items.IsEmpty)
        {
            return new ResultModel(ValueKind.Array, ValueKind.Object, BuildType(typeBase + "Item", result.Items, isRequest: false), result.Description);
        }

        if (!result.Fields.IsEmpty)
        {
            return new ResultModel(ValueKind.Object, ValueKind.Raw, BuildType(typeBase + "Result", result.Fields, isRequest: false), result.Description);
        }

        // An object or array of objects without documented fields has no type to read into: keep it raw.
        var kind = type.Kind == ValueKind.Object || type.IsObjectArray ? ValueKind.Raw : type.Kind;
        var element = type.IsObjectArray ? ValueKind.Raw : type.Element;
        return new ResultModel(kind, element, null, result.Description);
    }

    private static EquatableArray<ErrorMemberModel> BuildErrors(EquatableArray<ErrorSpec> errors)
    {
        var members = new List<ErrorMemberModel>();
        var names = new HashSet<string>();
        foreach (var documented in errors)
        {
            // Some pages write the error text in the code column: the portal answers it with an empty code.
            var error = documented.Code.Any(char.IsWhiteSpace) ? documented with { Code = string.Empty, Message = documented.Code } : documented;
            var message = error.Message ?? string.Empty;
            var existing = members.FindIndex(member => member.Code == error.Code
                && (error.Code.Length > 0 || member.Messages.Contains(message)));
            if (existing >= 0)
            {
                var member = members[existing];
                if (!member.Messages.Contains(message) && message.Length > 0)
                {
                    members[existing] = member with { Messages = member.Messages.Concat([message]).ToEquatableArray() };
                }

                continue;
            }

            var name = ErrorName(error);
            var unique = name;
            for (var n = 2; !names.Add(unique); n++)
            {
                unique = name + n.ToString(CultureInfo.InvariantCulture);
            }

            var messages = message.Length > 0 ? new EquatableArray<string>([message]) : EquatableArray<string>.Empty;
            members.Add(new ErrorMemberModel(unique, error.Code, messages, error.Status));
        }

        return members.ToEquatableArray();
    }

    private static string ErrorName(ErrorSpec error)
    {
        if (error.Code.Length > 0)
        {
            var fromCode = Identifiers.Pascal(error.Code);
            return fromCode.StartsWith("_", System.StringComparison.Ordinal) ? "Code" + fromCode.Substring(1)
                : Identifiers.IsUsable(fromCode) ? fromCode : "Code";
        }

        var fromMessage = Identifiers.PascalWords(error.Message ?? string.Empty, 8);
        return fromMessage.Length == 0 ? "Unnamed" : fromMessage.StartsWith("_", System.StringComparison.Ordinal) ? "Error" + fromMessage : fromMessage;
    }

    private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, SpecPosition position, params string[] arguments)
        => _diagnostics.Add(DiagnosticInfo.Create(descriptor, _filePath, position.Line, position.Column, arguments));
}
