using System.Collections.Generic;
using System.Linq;
using Bitrix24.Specs.Model;
using Bitrix24.SpecTool.Documents;

namespace Bitrix24.SpecTool.Extraction;

/// <summary>
/// Reads a method's result structure through the seven routes of issue 16, in this order: the page's own
/// returned-data table (its rows, or a table without a result row), the links of the result row (a section on the
/// same page or another page, a data-types object, an entity field page), the result's type token as a data-types
/// object, and for a get or list page the entity's <c>*.fields</c> page. What none of them types says why.
/// </summary>
internal static partial class ResultRoutes
{
    public const string NoResult = "no result documented";

    public const string Scalar = "a scalar result";

    public const string Union = "a union of types";

    public const string NoStructure = "an object whose structure the docs do not give";

    public const string Null = "a null result";

    public static ResultReading Read(TypeRegistry types, string page, string method, int rest, string? scope, IReadOnlyList<DocSection> returned, List<ExtractionWarning> warnings)
    {
        var links = new ResultLinks(types, page, scope);
        var own = ResultTables.Read(returned, links, warnings);
        var (result, route, reason) = Structure(own, links, types, page);
        result = result is null ? null : ExampleShapes.Apply(result, returned);
        (route, reason) = result is null ? (route, reason) : WrappedResults.Route(result, route, reason, types, page, MethodKinds.IsList(method));
        if (!MethodKinds.IsList(method))
        {
            return new ResultReading(result, null, route, reason);
        }

        var (listed, list) = ListShapes.Of(rest, result, returned, types);
        return new ResultReading(listed, list, route, reason);
    }

    private static (ResultSpec? Result, ResultRoute? Route, string? Reason) Structure(OwnResult? own, ResultLinks links, TypeRegistry types, string page)
    {
        if (own is null)
        {
            return (null, null, NoResult);
        }

        var result = own.Result;
        if (own.OwnRoute is { } ownRoute)
        {
            return (result, ownRoute, null);
        }

        if (ResultLinks.IsUnion(result.Type) || links.IsUnionDefinition(own.Cell))
        {
            return (result, null, Union);
        }

        if (TypeVocabulary.IsBasicScalar(ResultLinks.Element(result.Type)))
        {
            return (result, null, Scalar);
        }

        if (result.Type.Trim().Equals("null", System.StringComparison.OrdinalIgnoreCase))
        {
            return (result, null, Null);
        }

        if (links.Follow(own.Cell, own.DescriptionMarkdown) is { } linked)
        {
            // "Contains a single element with the key `categories`, ... corresponds to the [category] object": the key holds them.
            return KeyMention().Match(own.DescriptionMarkdown) is { Success: true } key && ResultLinks.IsGeneric(result.Type) && TypeVocabulary.Parse(result.Type).Kind == ValueKind.Object
                ? (result with { Fields = new[] { new ParamSpec(key.Groups["key"].Value, "array", false, null, null, default, default, default, default, linked.Id) }.ToEquatableArray() }, linked.Route, null)
                : (result with { Ref = linked.Id }, linked.Route, null);
        }

        if (ResultLinks.IsGeneric(ResultLinks.Element(result.Type)) && FieldsMethodPages.Define(types, page) is { } fields)
        {
            return (result with { Ref = fields }, ResultRoute.FieldsMethod, null);
        }

        return (result, null, TypeVocabulary.Parse(result.Type).Kind is ValueKind.Object or ValueKind.Array or ValueKind.Raw ? NoStructure : Scalar);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:with the key|under the key|by the key|с ключом|по ключу)\s+`(?<key>\w+)`", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex KeyMention();
}
