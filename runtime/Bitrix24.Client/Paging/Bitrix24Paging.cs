using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using Bitrix24.Client.Batch;
using Bitrix24.Client.Errors;
using Bitrix24.Client.Json;
using Bitrix24.Client.Transport;

namespace Bitrix24.Client.Paging;

/// <summary>Follows a list method through all its pages: <c>next</c> on REST 2, <c>pagination</c> on REST 3.0.</summary>
public static class Bitrix24Paging
{
    /// <summary>REST 3.0's default and the size this reader asks for when the request sets none.</summary>
    public const int DefaultPageSize = 50;

    /// <summary>
    /// Yields every row of every page, requesting a page only when the previous one has been consumed. The request's
    /// own <c>start</c> (REST 2) or <c>pagination</c> (REST 3.0) is where reading begins. A row whose id was on the
    /// same or the previous page is not yielded again.
    /// </summary>
    /// <exception cref="Bitrix24ResponseFormatException">
    /// A page's <c>result</c> had no rows where the method keeps them (reading stops rather than yield nothing), rows of
    /// a shape the row type cannot take (reading stops rather than skip rows), or the portal
    /// pages without end: a <c>next</c> that does not move forward, two pages in a row with only rows already read,
    /// or more rows than the largest <c>total</c> announced plus one page.
    /// </exception>
    public static async IAsyncEnumerable<TRow> ReadAllAsync<TResult, TRow>(
        IBitrix24Transport transport,
        Bitrix24ListMethod<TResult, TRow> list,
        IBitrix24Request? request,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (transport is null)
        {
            throw new ArgumentNullException(nameof(transport));
        }

        if (list is null)
        {
            throw new ArgumentNullException(nameof(list));
        }

        var page = JsonObjectRequest.From(request);
        var pagination = list.Paging == Bitrix24ListPaging.Pagination ? page.Object("pagination") : null;
        var limit = pagination is null ? DefaultPageSize : PositiveInt(pagination["limit"]) ?? DefaultPageSize;
        var number = pagination is null ? 1 : PositiveInt(pagination["page"]) ?? 1;
        var start = page.Body["start"] is JsonValue given && given.TryGetValue<long>(out var first) ? first : 0;
        var capture = new RawResultCapture<TResult>(list.Method);
        var progress = new PageProgress(list.Method.Name, limit);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (pagination is not null)
            {
                pagination["page"] = number;
                pagination["limit"] = limit;
                pagination.Remove("offset");
            }

            var response = await transport.SendAsync(capture.Method, page, cancellationToken).ConfigureAwait(false);
            var raw = capture.Take() ?? response.RawResult ?? default;
            var rows = RowsOf(list, response, raw);
            var ids = IdsOf(list, raw, rows.Count);
            for (var i = 0; i < rows.Count; i++)
            {
                if (progress.Accept(ids?[i]))
                {
                    yield return rows[i];
                }
            }

            if (pagination is not null)
            {
                if (rows.Count < limit)
                {
                    yield break;
                }

                number++;
            }
            else
            {
                if (response.Next is not { } next)
                {
                    yield break;
                }

                progress.CheckNext(start, next);
                page.Body["start"] = start = next;
            }

            progress.EndPage(response.Total);
        }
    }

    /// <summary>
    /// The rows of a raw JSON result: the result itself, else its <paramref name="member"/>, when that is an array or
    /// PHP's array keyed <c>"0"</c>…<c>"n-1"</c> (<c>{}</c> included); null when there is no such list.
    /// </summary>
    public static IReadOnlyList<JsonElement>? RawRows(JsonElement result, string? member)
    {
        var rows = result;
        if (member is not null && (result.ValueKind != JsonValueKind.Object || !result.TryGetProperty(member, out rows)))
        {
            return null;
        }

        if (rows.ValueKind == JsonValueKind.Array)
        {
            return [.. rows.EnumerateArray()];
        }

        if (rows.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var list = new List<JsonElement>();
        foreach (var row in rows.EnumerateObject())
        {
            if (row.Name != list.Count.ToString(CultureInfo.InvariantCulture))
            {
                return null;
            }

            list.Add(row.Value);
        }

        return list;
    }

    /// <summary>
    /// The typed rows of one page. An empty page (see <see cref="PageRows"/>) is the normal end; a result the typed
    /// reader refused, or whose typed rows are missing while the raw page has some, stops the read.
    /// </summary>
    /// <param name="list">The list method.</param>
    /// <param name="response">The page's answer.</param>
    /// <param name="raw">The page's raw <c>result</c>.</param>
    internal static IReadOnlyList<TRow> RowsOf<TResult, TRow>(Bitrix24ListMethod<TResult, TRow> list, Bitrix24Response<TResult> response, JsonElement raw)
    {
        var typed = response.RawResult is null && response.Result is not null ? list.Rows(response.Result) : null;
        if (typed is not null)
        {
            return typed;
        }

        if (PageRows(list, raw).Count == 0)
        {
            return Array.Empty<TRow>();
        }

        throw new Bitrix24ResponseFormatException(new Bitrix24ErrorInfo(
            list.Method.Name, string.Empty, $"A page's rows at {RowsPath(list)} have a shape the row type cannot take; reading stops instead of skipping rows.", 200, raw.GetRawText()));
    }

    /// <summary>
    /// The raw rows of one page. An empty page is <c>null</c>, <c>""</c>, <c>[]</c> or <c>{}</c> as the result, an empty
    /// list as the rows member, or a <c>null</c> rows member that is all the result holds; it gives no rows.
    /// </summary>
    /// <exception cref="Bitrix24ResponseFormatException">The page has no rows where the method keeps them (the member is missing or not a list).</exception>
    internal static IReadOnlyList<JsonElement> PageRows<TResult, TRow>(Bitrix24ListMethod<TResult, TRow> list, JsonElement raw)
        => RawRows(raw, list.RowsMember) ?? (IsEmptyPage(raw, list.RowsMember)
            ? []
            : throw new Bitrix24ResponseFormatException(new Bitrix24ErrorInfo(
                list.Method.Name, string.Empty, $"The page's answer has no rows at {RowsPath(list)}; reading stops instead of yielding nothing.", 200, raw.GetRawText())));

    private static string RowsPath<TResult, TRow>(Bitrix24ListMethod<TResult, TRow> list)
        => list.RowsMember is null ? "result" : "result." + list.RowsMember;

    private static bool IsEmptyPage(JsonElement result, string? member)
    {
        if (IsNothing(result))
        {
            return true;
        }

        if (member is null || result.ValueKind != JsonValueKind.Object || !result.TryGetProperty(member, out var rows))
        {
            return false;
        }

        using var members = result.EnumerateObject();
        return IsNothing(rows) && members.MoveNext() && !members.MoveNext();
    }

    private static bool IsNothing(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => true,
        JsonValueKind.String => value.ValueEquals(string.Empty),
        JsonValueKind.Array => value.GetArrayLength() == 0,
        JsonValueKind.Object => !value.EnumerateObject().MoveNext(),
        _ => false,
    };

    /// <summary>Each row's id from the raw page, in row order; null when the method has no id field or the raw rows do not line up with the typed ones.</summary>
    private static List<long?>? IdsOf<TResult, TRow>(Bitrix24ListMethod<TResult, TRow> list, JsonElement result, int count)
    {
        if (list.IdField is not { } idField || RawRows(result, list.RowsMember) is not { } rows || rows.Count != count)
        {
            return null;
        }

        return rows.Select(row => RowIds.Of(row, idField)).ToList();
    }

    private static int? PositiveInt(JsonNode? node)
        => node is JsonValue value && value.TryGetValue<int>(out var number) && number > 0 ? number : null;
}
