using System;
using System.Collections.Generic;
using Bitrix24.Client.Transport;

namespace Bitrix24.Client.Paging;

/// <summary>
/// A list method as paging and bulk reading see it: the method, where its rows are, which field identifies a row
/// and how it pages. Generated code declares one per list method.
/// </summary>
/// <typeparam name="TResult">The method's typed <c>result</c>.</typeparam>
/// <typeparam name="TRow">One row.</typeparam>
public sealed class Bitrix24ListMethod<TResult, TRow>
{
    /// <summary>Creates a list-method description.</summary>
    /// <param name="method">The method itself.</param>
    /// <param name="rows">Picks the rows out of a typed result; null when the result holds none.</param>
    /// <param name="rowsMember">The member of <c>result</c> that holds the rows (<c>items</c>), or null when <c>result</c> is the row array.</param>
    /// <param name="idField">The field that identifies a row (<c>ID</c>, <c>id</c>), or null when rows have none.</param>
    /// <param name="paging">How the method pages.</param>
    public Bitrix24ListMethod(Bitrix24Method<TResult> method, Func<TResult, IReadOnlyList<TRow>?> rows, string? rowsMember, string? idField, Bitrix24ListPaging paging)
    {
        Method = method ?? throw new ArgumentNullException(nameof(method));
        Rows = rows ?? throw new ArgumentNullException(nameof(rows));
        RowsMember = rowsMember;
        IdField = idField;
        Paging = paging;
    }

    /// <summary>The method itself.</summary>
    public Bitrix24Method<TResult> Method { get; }

    /// <summary>Picks the rows out of a typed result.</summary>
    public Func<TResult, IReadOnlyList<TRow>?> Rows { get; }

    /// <summary>The member of <c>result</c> that holds the rows, or null when <c>result</c> is the row array.</summary>
    public string? RowsMember { get; }

    /// <summary>The field that identifies a row, or null.</summary>
    public string? IdField { get; }

    /// <summary>How the method pages.</summary>
    public Bitrix24ListPaging Paging { get; }
}
