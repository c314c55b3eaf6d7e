using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Bitrix24.Generator.Diagnostics;
using Bitrix24.Generator.Model;
using Bitrix24.Specs.Model;

namespace Bitrix24.Generator.Parsing;

/// <summary>
/// Builds the classes of a method's request and result and of a type file: C# member names (BX0010/BX0011), nested
/// classes (<c>&lt;Member&gt;Object</c>, <c>&lt;Member&gt;Item</c>, <c>&lt;Member&gt;Value</c> for a map's values),
/// allowed-value constants, and members that refer to a named type (<c>ref</c>, resolved later by <see cref="RefResolver"/>).
/// </summary>
internal sealed class TypeBuilder
{
    // Members every generated class has or inherits from object (hiding one is CS0108), and names the record types of
    // earlier versions had (kept so member names stay stable); a property may not take these names.
    private static readonly string[] ReservedMembers =
    [
        .. GeneratedNames.ObjectMembers, "EqualityContract", "Deconstruct", "PrintMembers", "Write", "TryRead", "ExtensionData",
    ];

    private readonly string _filePath;
    private readonly List<DiagnosticInfo>? _diagnostics;

    /// <summary>A builder that reports to <paramref name="diagnostics"/>; null builds quietly (the second class of one definition).</summary>
    public TypeBuilder(string filePath, List<DiagnosticInfo>? diagnostics)
    {
        _filePath = filePath;
        _diagnostics = diagnostics;
    }

    public TypeModel BuildType(string typeName, EquatableArray<ParamSpec> fields, bool isRequest)
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
            var (kind, element) = Shape(spec, isRequest);
            string? nestedName = null;
            if (kind == ValueKind.Map && !spec.Fields.IsEmpty)
            {
                nestedName = NestedName(spec, name + "Value", typeName);
                nested.Add(BuildType(nestedName, spec.Fields, isRequest));
            }
            else if (kind == ValueKind.Object && !spec.Fields.IsEmpty)
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
                constants,
                spec.Ref));
        }

        return new TypeModel(typeName, RenameReserved(properties, drafts, taken), nested.ToEquatableArray(), patterns.ToEquatableArray());
    }

    // A ref makes the member that type (a list of it for an array token, a map of it with 'map'), whatever else the token
    // says. A request can write maps of strings and of objects only; any other map is sent as raw JSON.
    private static (ValueKind Kind, ValueKind Element) Shape(ParamSpec spec, bool isRequest)
    {
        if (!spec.Items.IsEmpty)
        {
            return (ValueKind.Array, ValueKind.Object);
        }

        var type = TypeVocabulary.Parse(spec.Type, spec.Map);
        var isObject = spec.Ref is not null || !spec.Fields.IsEmpty;
        if (type.Kind == ValueKind.Map)
        {
            var element = isObject ? ValueKind.Object : type.Element;
            return isRequest && element != ValueKind.String && !isObject ? (ValueKind.Raw, ValueKind.Raw) : (ValueKind.Map, element);
        }

        return spec.Ref is not null
            ? type.Kind == ValueKind.Array ? (ValueKind.Array, ValueKind.Object) : (ValueKind.Object, ValueKind.Raw)
            : (isObject ? ValueKind.Object : type.Kind, type.Element);
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

    private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, SpecPosition position, params string[] arguments)
        => _diagnostics?.Add(DiagnosticInfo.Create(descriptor, _filePath, position.Line, position.Column, arguments));
}
