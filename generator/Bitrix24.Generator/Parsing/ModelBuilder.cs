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
    private readonly TypeBuilder _types;

    private ModelBuilder(string filePath, List<DiagnosticInfo> diagnostics)
    {
        _types = new TypeBuilder(filePath, diagnostics);
    }

    /// <summary>Whether a diagnostic keeps its file from generating.</summary>
    public static bool IsError(DiagnosticInfo diagnostic)
        => DiagnosticDescriptors.Find(diagnostic.Id).DefaultSeverity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error;

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
        var request = spec.Params.IsEmpty ? null : builder._types.BuildType(typeBase + "Request", spec.Params, isRequest: true);
        var result = builder.BuildResult(spec.Result, typeBase);
        var errors = BuildErrors(spec.Errors);
        var list = ListModelBuilder.Build(spec, result, facade, filePath, diagnostics);
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

    private static string Join(string left, string right) => left.Length == 0 ? right : $"{left}.{right}";

    private ResultModel BuildResult(ResultSpec? result, string typeBase)
    {
        if (result is null)
        {
            return new ResultModel(ValueKind.Raw, ValueKind.Raw, null, null);
        }

        var type = TypeVocabulary.Parse(result.Type, result.Map);
        if (type.Kind == ValueKind.Map)
        {
            // A map's values: a named type, an inline class (<Base>Item), or what their token gives (objects without fields stay raw).
            var values = result.Ref is null && !result.Fields.IsEmpty ? _types.BuildType(typeBase + "Item", result.Fields, isRequest: false) : null;
            var element = result.Ref is not null || values is not null ? ValueKind.Object : type.Element == ValueKind.Object ? ValueKind.Raw : type.Element;
            return new ResultModel(ValueKind.Map, element, values, result.Description, result.Ref);
        }

        if (result.Ref is not null)
        {
            return TypeVocabulary.Parse(result.Type).Kind == ValueKind.Array
                ? new ResultModel(ValueKind.Array, ValueKind.Object, null, result.Description, result.Ref)
                : new ResultModel(ValueKind.Object, ValueKind.Raw, null, result.Description, result.Ref);
        }

        if (!result.Items.IsEmpty)
        {
            return new ResultModel(ValueKind.Array, ValueKind.Object, _types.BuildType(typeBase + "Item", result.Items, isRequest: false), result.Description);
        }

        if (!result.Fields.IsEmpty)
        {
            return new ResultModel(ValueKind.Object, ValueKind.Raw, _types.BuildType(typeBase + "Result", result.Fields, isRequest: false), result.Description);
        }

        // An object or array of objects without documented fields has no type to read into: keep it raw.
        var kind = type.Kind == ValueKind.Object || type.IsObjectArray ? ValueKind.Raw : type.Kind;
        var elementKind = type.IsObjectArray ? ValueKind.Raw : type.Element;
        return new ResultModel(kind, elementKind, null, result.Description);
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
}
