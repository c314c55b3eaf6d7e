using System.Collections.Generic;
using System.Linq;
using Bitrix24.Generator.Diagnostics;
using Bitrix24.Generator.Model;
using Bitrix24.Specs.Model;

namespace Bitrix24.Generator.Parsing;

/// <summary>
/// Turns a valid <see cref="ObjectSpec"/> (a type file) into its <see cref="ObjectModel"/>: the result class and the
/// Input class from one definition, named by <see cref="ObjectNames"/>.
/// </summary>
internal static class ObjectBuilder
{
    public static (ObjectModel? Model, ObjectKey Key) Build(ObjectSpec spec, string filePath, string? ownNamespace, List<DiagnosticInfo> diagnostics)
    {
        var errorsBefore = diagnostics.Count(ModelBuilder.IsError);
        var (namespaceSuffix, className, inputName) = ObjectNames.Of(spec.Id);

        // Both classes name their members alike; only the result class reports what naming changed, so nothing is said twice.
        var result = new TypeBuilder(filePath, diagnostics).BuildType(className, spec.Fields, isRequest: false);
        var input = new TypeBuilder(filePath, null).BuildType(inputName, spec.Fields, isRequest: true);
        var requiredRefs = spec.Fields
            .Where(field => field.Required && field.Ref is not null && IsSingle(field))
            .Select(field => new RequiredRef(field.Name, field.Ref!, field.Position.Line, field.Position.Column))
            .ToEquatableArray();
        var key = new ObjectKey(spec.Id, ownNamespace, namespaceSuffix, className, inputName, filePath, spec.Position.Line, spec.Position.Column, requiredRefs);
        var model = new ObjectModel(spec.Id, ownNamespace, namespaceSuffix, spec.Title, spec.Summary, spec.Source, result, input);
        return (diagnostics.Count(ModelBuilder.IsError) > errorsBefore ? null : model, key);
    }

    // A list or map of a type can be empty; only a single required value of one makes a cycle impossible to create.
    private static bool IsSingle(ParamSpec field)
        => TypeVocabulary.Parse(field.Type, field.Map).Kind is not (ValueKind.Array or ValueKind.Map);
}
