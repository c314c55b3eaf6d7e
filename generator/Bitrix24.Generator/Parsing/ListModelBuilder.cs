using System;
using System.Linq;
using Bitrix24.Generator.Model;
using Bitrix24.Specs.Model;

namespace Bitrix24.Generator.Parsing;

/// <summary>
/// Turns a spec's <c>list:</c> into the <see cref="ListModel"/> its paging members need, when the rows can be reached
/// through the result's type: the result array itself, an array property of the result class, or untyped JSON.
/// </summary>
internal static class ListModelBuilder
{
    private const string Result = "result";
    private const string MemberPrefix = Result + ".";

    /// <summary>
    /// Null when the spec has no list, or when its rows are out of reach by type: a path deeper than one member,
    /// a member the result class lacks or that is not an array, or a result that is neither an array, a class nor untyped.
    /// </summary>
    public static ListModel? Build(ListSpec? list, int rest, ResultModel result, FacadeEntry facade)
    {
        if (list is null || !TryRowsMember(list.Rows, out var member) || Rows(member, result) is not { } rows)
        {
            return null;
        }

        var isPagination = list.Paging == "pagination";
        var canBulkRead = rest == 2 && !isPagination && list.Id is not null && rows.Kind is ValueKind.Object or ValueKind.Raw;
        return new ListModel(
            member,
            list.Id,
            isPagination,
            rows.Kind,
            rows.Type,
            rows.Selector,
            rows.Property,
            facade.Stem + "AllAsync",
            canBulkRead ? facade.Stem + "BulkAsync" : null);
    }

    // "result" → no member; "result.items" → "items"; anything else is not a place the runtime can read rows from.
    private static bool TryRowsMember(string rows, out string? member)
    {
        member = null;
        if (rows == Result)
        {
            return true;
        }

        if (!rows.StartsWith(MemberPrefix, StringComparison.Ordinal) || rows.IndexOf('.', MemberPrefix.Length) >= 0 || rows.Length == MemberPrefix.Length)
        {
            return false;
        }

        member = rows.Substring(MemberPrefix.Length);
        return true;
    }

    private static (RowsSelector Selector, ValueKind Kind, string? Type, string? Property)? Rows(string? member, ResultModel result)
    {
        if (result.Kind == ValueKind.Raw)
        {
            return (RowsSelector.Raw, ValueKind.Raw, null, null);
        }

        if (member is null)
        {
            return result.Kind == ValueKind.Array ? (RowsSelector.Result, result.Element, result.Type?.Name, null) : null;
        }

        var property = result.Kind == ValueKind.Object
            ? result.Type?.Properties.FirstOrDefault(candidate => candidate.WireName == member && candidate.Kind == ValueKind.Array)
            : null;
        return property is null
            ? null
            : (RowsSelector.Property, property.Element, property.NestedType is null ? null : $"{result.Type!.Name}.{property.NestedType}", property.Name);
    }
}
