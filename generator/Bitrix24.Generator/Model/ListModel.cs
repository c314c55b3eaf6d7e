using Bitrix24.Specs.Model;

namespace Bitrix24.Generator.Model;

/// <summary>A list method as its paging members see it; only built when the rows are reachable through the result's type.</summary>
/// <param name="RowsMember">The wire member of <c>result</c> that holds the rows (<c>items</c>), or null when <c>result</c> is the row array.</param>
/// <param name="IdField">The field that identifies a row (<c>ID</c>, <c>id</c>), or null.</param>
/// <param name="IsPagination">REST 3.0 <c>pagination</c> paging; otherwise REST 2 <c>next</c>.</param>
/// <param name="RowKind">Value kind of one row.</param>
/// <param name="RowType">The generated type of an object row, relative to the method's namespace (<c>ItemListResult.ItemsItem</c>), or for rows of a named type (<paramref name="RowRef"/>) its <c>global::</c>-qualified class once the ref resolves.</param>
/// <param name="Selector">How the rows are picked out of the typed result.</param>
/// <param name="RowsProperty">The C# property of the result class that holds the rows, for <see cref="RowsSelector.Property"/>.</param>
/// <param name="AllMember">The member that reads every page (<c>ListAllAsync</c>).</param>
/// <param name="RowRef">The id of the named type of a row, if any.</param>
/// <param name="BulkMember">The member that bulk-reads by <c>&gt;ID</c> (<c>ListBulkAsync</c>), only for a REST 2 <c>next</c> list whose object rows carry an id.</param>
internal sealed record ListModel(
    string? RowsMember,
    string? IdField,
    bool IsPagination,
    ValueKind RowKind,
    string? RowType,
    RowsSelector Selector,
    string? RowsProperty,
    string AllMember,
    string? BulkMember,
    string? RowRef = null);
