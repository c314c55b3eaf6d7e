using System;
using System.Collections.Generic;
using System.Linq;
using Bitrix24.Specs.Model;
using Bitrix24.SpecTool.Documents;

namespace Bitrix24.SpecTool.Extraction;

/// <summary>
/// Attaches the tables under "Parameter fields" / "Параметр fields" headings to the parameter (at any depth) they describe:
/// as <c>fields</c> of an object, or <c>items</c> of an array of objects.
/// </summary>
internal static class NestedTables
{
    public static void Attach(List<ParamSpec> parameters, IEnumerable<DocSection> sections, List<ExtractionWarning> warnings)
    {
        foreach (var section in sections)
        {
            var name = Headings.IsCustomFields(section.Title) ? parameters.FirstOrDefault(parameter => parameter.Name.StartsWith("UF_", StringComparison.Ordinal))?.Name : Headings.NestedParameter(section.Title);
            if (name is null || section.Tables.Count == 0)
            {
                continue;
            }

            var fields = ParameterTables.Read(section.Tables[0], warnings).ToEquatableArray();
            var target = name.Substring(name.LastIndexOf('.') + 1);
            if (fields.IsEmpty || !TryAttach(parameters, target, fields, StringComparison.Ordinal) && !TryAttach(parameters, target, fields, StringComparison.OrdinalIgnoreCase))
            {
                warnings.Add(new ExtractionWarning(section.Heading.File, section.Heading.Line, $"no parameter {name} to attach the table under \"{section.Title}\" to"));
            }
        }
    }

    private static bool TryAttach(List<ParamSpec> parameters, string name, EquatableArray<ParamSpec> fields, StringComparison comparison)
    {
        for (var i = 0; i < parameters.Count; i++)
        {
            var parameter = parameters[i];
            if (string.Equals(parameter.Name, name, comparison) && parameter.Fields.IsEmpty && parameter.Items.IsEmpty && CanNest(parameter.Type))
            {
                parameters[i] = IsArray(parameter.Type) ? parameter with { Items = fields } : parameter with { Fields = fields };
                return true;
            }

            var children = (parameter.Fields.IsEmpty ? parameter.Items : parameter.Fields).ToList();
            if (children.Count > 0 && TryAttach(children, name, fields, comparison))
            {
                parameters[i] = parameter.Fields.IsEmpty ? parameter with { Items = children.ToEquatableArray() } : parameter with { Fields = children.ToEquatableArray() };
                return true;
            }
        }

        return false;
    }

    // A spec may nest fields only under an object, an array, or an unknown (raw) type.
    private static bool CanNest(string type) => TypeVocabulary.Parse(type).Kind is ValueKind.Object or ValueKind.Array or ValueKind.Raw;

    private static bool IsArray(string type)
    {
        var parsed = TypeVocabulary.Parse(type);
        return parsed.Kind == ValueKind.Array || type.EndsWith("[]", StringComparison.Ordinal);
    }
}
