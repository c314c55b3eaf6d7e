using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Bitrix24.Generator.Diagnostics;
using Bitrix24.Generator.Model;
using Bitrix24.Specs.Model;

namespace Bitrix24.Generator.Parsing;

/// <summary>
/// Turns a spec's <c>list:</c> into the <see cref="ListModel"/> its paging members need: the rows are the result array
/// itself, an array member of the inline result class, or untyped JSON. Rows the result contradicts are BX0018.
/// </summary>
internal static class ListModelBuilder
{
    private const string Result = "result";
    private const string MemberPrefix = Result + ".";

    /// <summary>Null when the spec has no list, or when its rows path contradicts its result (then BX0018 says why).</summary>
    public static ListModel? Build(MethodSpec spec, ResultModel result, FacadeEntry facade, string filePath, List<DiagnosticInfo> diagnostics)
    {
        var list = spec.List;
        if (list is null)
        {
            return null;
        }

        if (Rows(list.Rows, result) is not { } rows)
        {
            var rest = spec.Rest.ToString(CultureInfo.InvariantCulture);
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ListRowsContradictResult, filePath, spec.Position.Line, spec.Position.Column, spec.Method, rest, list.Rows, Contradiction(list.Rows, result)));
            return null;
        }

        var isPagination = list.Paging == "pagination";
        var canBulkRead = spec.Rest == 2 && !isPagination && list.Id is not null && rows.Kind is ValueKind.Object or ValueKind.Raw;
        return new ListModel(
            Member(list.Rows),
            list.Id,
            isPagination,
            rows.Kind,
            rows.Type,
            rows.Selector,
            rows.Property,
            facade.Stem + "AllAsync",
            canBulkRead ? facade.Stem + "BulkAsync" : null,
            rows.Ref);
    }

    // "result" → no member; "result.items" → "items"; anything else (deeper, or not under result) is no place for rows.
    private static string? Member(string rows)
        => rows.StartsWith(MemberPrefix, StringComparison.Ordinal) && rows.Length > MemberPrefix.Length && rows.IndexOf('.', MemberPrefix.Length) < 0
            ? rows.Substring(MemberPrefix.Length)
            : null;

    private static (RowsSelector Selector, ValueKind Kind, string? Type, string? Property, string? Ref)? Rows(string path, ResultModel result)
    {
        var member = Member(path);
        if (path != Result && member is null)
        {
            return null;
        }

        if (result.Kind == ValueKind.Raw)
        {
            return (RowsSelector.Raw, ValueKind.Raw, null, null, null);
        }

        if (member is null)
        {
            return result.Kind == ValueKind.Array ? (RowsSelector.Result, result.Element, result.Type?.Name, null, result.Ref) : null;
        }

        var property = RowsProperty(member, result);
        return property is null || property.Kind != ValueKind.Array
            ? null
            : (RowsSelector.Property, property.Element, property.NestedType is null ? null : $"{result.Type!.Name}.{property.NestedType}", property.Name, property.Ref);
    }

    // D7: the first level of a list's result is inline, so its rows member is known without the type's contents.
    private static PropertyModel? RowsProperty(string member, ResultModel result)
        => result.Kind == ValueKind.Object && result.Ref is null
            ? result.Type?.Properties.FirstOrDefault(candidate => candidate.WireName == member)
            : null;

    private static string Contradiction(string path, ResultModel result)
    {
        var member = Member(path);
        if (path != Result && member is null)
        {
            return "is neither 'result' nor 'result.<member>'";
        }

        if (member is null)
        {
            return $"but the result is {Describe(result.Kind)}, not an array";
        }

        if (result.Ref is not null)
        {
            return $"but the result is the type '{result.Ref}' (a list's result must list its first level inline, with the ref on the rows member)";
        }

        if (result.Kind != ValueKind.Object)
        {
            return $"but the result is {Describe(result.Kind)}, not an object";
        }

        return RowsProperty(member, result) is null
            ? $"but the result has no member '{member}'"
            : $"but the result's member '{member}' is not an array";
    }

    private static string Describe(ValueKind kind) => kind switch
    {
        ValueKind.Object => "an object",
        ValueKind.Array => "an array",
        ValueKind.Map => "a map",
        ValueKind.Integer => "an integer",
        _ => "a " + kind.ToString().ToLowerInvariant(),
    };
}
