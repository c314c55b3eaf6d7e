namespace Bitrix24.Client.Paging;

/// <summary>How a list method pages through its rows.</summary>
public enum Bitrix24ListPaging
{
    /// <summary>REST 2: pages of 50; the answer's <c>next</c> is the <c>start</c> of the next page.</summary>
    Next,

    /// <summary>REST 3.0: <c>pagination {page, limit}</c>, pages numbered from 1, no <c>next</c>.</summary>
    Pagination,
}
