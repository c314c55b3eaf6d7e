namespace Bitrix24.Specs.Model;

/// <summary>How a list method returns rows and pages through them.</summary>
/// <param name="Rows">Where the rows are: <c>result</c>, <c>result.items</c>, <c>result.tasks</c>, ...</param>
/// <param name="Id">The row identifier field used for <c>&gt;ID</c> bulk reads (<c>ID</c> or <c>id</c>).</param>
/// <param name="Paging">The paging style: <c>next</c> (REST 2, pages of 50) or <c>pagination</c> (REST 3.0).</param>
public sealed record ListSpec(string Rows, string? Id, string Paging);
