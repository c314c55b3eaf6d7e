using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Bitrix24.Specs.Model;
using Bitrix24.SpecTool.Documents;

namespace Bitrix24.SpecTool.Extraction;

/// <summary>
/// Where a list method's rows are, from its documented result: <c>result</c> when the result is an array, or
/// <c>result.&lt;member&gt;</c> for the result object's array member, whatever its name (<c>items</c>, <c>shipments</c>,
/// <c>documentElements</c>, ...); the response example only breaks a tie between several array members, or stands in
/// when the page documents no result at all. A list whose rows cannot be found gets no list shape.
/// </summary>
internal static partial class ListShapes
{
    /// <summary>
    /// The list shape and the result it goes with: a result that is a named type is written with its first level inline
    /// (the generator reads the rows member from the result's own fields), the ref moving to the rows member.
    /// </summary>
    public static (ResultSpec? Result, ListSpec? List) Of(int rest, ResultSpec? result, IReadOnlyList<DocSection> returned, TypeRegistry types)
    {
        var example = string.Join("\n", returned.SelectMany(section => section.Code));
        var paging = rest == 3 ? "pagination" : "next";
        if (result is null || result.Ref is null && result.Fields.IsEmpty && result.Items.IsEmpty && TypeVocabulary.Parse(result.Type).Kind == ValueKind.Raw && !ResultLinks.IsUnion(result.Type))
        {
            // Nothing documented about the result's shape: the example is all there is.
            var rows = ExampleRows().Match(example) is { Success: true } match ? match.Groups["key"].Success ? $"result.{match.Groups["key"].Value}" : "result" : null;
            return (result, rows is null ? null : new ListSpec(rows, ExampleId(example), paging));
        }

        if (result.Map is not null)
        {
            // Keyed by id (imbot.bot.list): every value comes in one answer, there are no pages.
            return (result, null);
        }

        if (TypeVocabulary.Parse(result.Type, result.Map).Kind == ValueKind.Object && ResultArray().IsMatch(example))
        {
            // Documented as an object, answered as an array (the example's "result": [): the object is each row.
            result = result with { Type = ResultLinks.Element(result.Type) + "[]", Items = result.Fields, Fields = default };
        }

        if (TypeVocabulary.Parse(result.Type, result.Map).Kind == ValueKind.Array)
        {
            var fields = result.Ref is { } id ? types.Find(id)?.Fields ?? default : result.Items;
            return (result, new ListSpec("result", Id(fields) ?? ExampleId(example), paging));
        }

        if (result.Ref is { } reference)
        {
            // A list's result names its first level inline, with the ref on the rows member.
            if (types.Find(reference) is not { } type)
            {
                return (result, null);
            }

            result = ExampleShapes.WithKeyedMembers(result with { Ref = null, RefPosition = default, Fields = type.Fields }, example);
        }

        var arrays = result.Fields.Where(field => TypeVocabulary.Parse(field.Type, field.Map).Kind == ValueKind.Array || !field.Items.IsEmpty).ToList();
        var member = arrays.Count == 1 ? arrays[0] : arrays.FirstOrDefault(candidate => IsArrayInExample(example, candidate.Name));
        if (member is null && arrays.Count == 0 && result.Fields.FirstOrDefault(candidate => candidate.Fields.IsEmpty && IsArrayInExample(example, candidate.Name)) is { } mistyped)
        {
            // "tasks: object — an array of objects": the example shows the array the token does not say.
            member = mistyped with { Type = ResultLinks.Element(mistyped.Type) + "[]" };
            result = result with { Fields = result.Fields.Select(field => field == mistyped ? member : field).ToEquatableArray() };
        }

        if (member is null)
        {
            return (result, null);
        }

        var rowFields = member.Ref is { } rowType ? types.Find(rowType)?.Fields ?? default : member.Items;
        return (result, new ListSpec($"result.{member.Name}", Id(rowFields) ?? ExampleId(example), paging));
    }

    private static bool IsArrayInExample(string example, string key) => Regex.IsMatch(example, $"\"{Regex.Escape(key)}\"\\s*:\\s*\\[");

    private static string? Id(EquatableArray<ParamSpec> fields)
        => fields.Any(field => field.Name == "ID") ? "ID" : fields.Any(field => field.Name == "id") ? "id" : null;

    private static string? ExampleId(string example) => example.Contains("\"ID\":", StringComparison.Ordinal) ? "ID" : example.Contains("\"id\":", StringComparison.Ordinal) ? "id" : null;

    [GeneratedRegex(@"""result""\s*:\s*\[")]
    private static partial Regex ResultArray();

    // "result": [ ... or "result": { "key": [ ..., or an example that shows the result's own content: { "key": [ ...
    [GeneratedRegex(@"""result""\s*:\s*(?:\[|\{\s*""(?<key>\w+)""\s*:\s*\[)|(?:^|\n)\s*\{\s*""(?<key>(?!result"")\w+)""\s*:\s*\[")]
    private static partial Regex ExampleRows();
}
