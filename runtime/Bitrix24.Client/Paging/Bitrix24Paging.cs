using System;
using System.Collections.Generic;
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
    /// A page's <c>result</c> had a shape the row type cannot take (reading stops rather than skip rows), or the portal
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
        var capture = list.IdField is null ? null : new RawResultCapture<TResult>(list.Method);
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

            var response = await transport.SendAsync(capture?.Method ?? list.Method, page, cancellationToken).ConfigureAwait(false);
            var rows = RowsOf(list, response);
            var ids = IdsOf(list, capture?.Take(), rows.Count);
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

    /// <summary>The rows of a raw JSON result: the result itself when it is an array, else its <paramref name="member"/>.</summary>
    public static IReadOnlyList<JsonElement>? RawRows(JsonElement result, string? member)
    {
        var rows = result;
        if (member is not null)
        {
            if (result.ValueKind != JsonValueKind.Object || !result.TryGetProperty(member, out rows))
            {
                return null;
            }
        }

        if (rows.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var list = new List<JsonElement>(rows.GetArrayLength());
        foreach (var row in rows.EnumerateArray())
        {
            list.Add(row);
        }

        return list;
    }

    internal static IReadOnlyList<TRow> RowsOf<TResult, TRow>(Bitrix24ListMethod<TResult, TRow> list, Bitrix24Response<TResult> response)
    {
        if (response.RawResult is { } raw)
        {
            // An empty page comes as PHP's [] or {} whatever the row shape; anything else would be lost rows.
            if (IsEmpty(raw))
            {
                return Array.Empty<TRow>();
            }

            throw new Bitrix24ResponseFormatException(new Bitrix24ErrorInfo(
                list.Method.Name, string.Empty, "A page's result has a shape the row type cannot take; reading stops instead of skipping rows.", 200, raw.GetRawText()));
        }

        return (response.Result is null ? null : list.Rows(response.Result)) ?? Array.Empty<TRow>();
    }

    /// <summary>Each row's id from the raw page, in row order; null when the method has no id field or the raw rows do not line up with the typed ones.</summary>
    private static List<long?>? IdsOf<TResult, TRow>(Bitrix24ListMethod<TResult, TRow> list, JsonElement? result, int count)
    {
        if (list.IdField is not { } idField || result is not { } raw || RawRows(raw, list.RowsMember) is not { } rows || rows.Count != count)
        {
            return null;
        }

        return rows.Select(row => RowIds.Of(row, idField)).ToList();
    }

    private static bool IsEmpty(JsonElement value)
        => (value.ValueKind == JsonValueKind.Array && value.GetArrayLength() == 0)
            || (value.ValueKind == JsonValueKind.Object && !value.EnumerateObject().MoveNext());

    private static int? PositiveInt(JsonNode? node)
        => node is JsonValue value && value.TryGetValue<int>(out var number) && number > 0 ? number : null;
}
