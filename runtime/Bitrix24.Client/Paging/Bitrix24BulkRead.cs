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

/// <summary>
/// Reads a whole entity list the fast documented way: order by id, filter <c>&gt;ID</c> = the last id seen,
/// <c>start=-1</c> (no count), and stop at a short page; up to 50 such page reads go in one <c>batch</c> request,
/// each taking its <c>&gt;ID</c> from the previous one's last row through a <c>$result[…]</c> reference, so one request
/// brings up to 2,500 rows.
/// </summary>
/// <remarks>
/// Every row comes exactly once whatever the portal does with a reference it cannot resolve (after a short page):
/// pages are accepted in order only while each follows a full page and starts after the last id accepted; the next
/// request continues from there with a literal id. So every request either brings rows after the last id or ends the
/// read: a portal that ignores the literal <c>&gt;ID</c> (its first page starts at or before the last id) or sends rows
/// out of id order stops it with a <see cref="Bitrix24ResponseFormatException"/>, never a loop. Rows are yielded as
/// each request arrives, so memory stays flat.
/// Series run one at a time per portal when the transport is a <see cref="Bitrix24Client"/>.
/// </remarks>
public static class Bitrix24BulkRead
{
    private const int PageSize = 50;

    /// <summary>Yields every row matching the request's filter, ordered by id.</summary>
    /// <exception cref="NotSupportedException">The method is not a REST 2 list with <c>next</c> paging and an id field.</exception>
    /// <exception cref="Bitrix24ResponseFormatException">The portal ignored the <c>&gt;ID</c> filter, sent rows out of id order or without ids, a page without rows where the method keeps them, or an answer of no batch shape.</exception>
    public static async IAsyncEnumerable<TRow> ReadAllAsync<TResult, TRow>(
        IBitrix24Transport transport,
        Bitrix24ListMethod<TResult, TRow> list,
        IBitrix24Request? request,
        Bitrix24BulkReadOptions? options = null,
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

        if (list.IdField is not { } idField || list.Paging != Bitrix24ListPaging.Next || list.Method.RestVersion != 2)
        {
            throw new NotSupportedException($"{list.Method.Name} cannot be bulk-read: that needs a REST 2 list method with next paging and an id field.");
        }

        options ??= new Bitrix24BulkReadOptions();
        var pages = Math.Max(1, Math.Min(Bitrix24Batch.MaxCommands, options.PagesPerRequest));
        var template = Template(request, idField, out var lastId);
        var filter = (JsonObject)template.Body["filter"]!;
        var rows = 0L;
        var requests = 0L;
        var limitRetries = 0;

        using var series = transport is IBitrix24SeriesGate gate ? await gate.EnterSeriesAsync(cancellationToken).ConfigureAwait(false) : null;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var commands = new List<BatchCommand>(pages);
            for (var page = 0; page < pages; page++)
            {
                filter[">" + idField] = page == 0
                    ? JsonValue.Create(lastId)
                    : JsonValue.Create(Bitrix24Batch.Reference(Key(page - 1), Path(list.RowsMember, idField)));
                commands.Add(new BatchCommand(Key(page), list.Method.Name, JsonObjectRequest.ElementOf(template), IsRead: true));
            }

            var batch = new BatchRequest(commands, 2, halt: false);
            var answer = BatchAnswer.Of(await transport.SendAsync(batch.Method, batch, cancellationToken).ConfigureAwait(false), batch.Method.Name);
            requests++;
            var finished = false;
            for (var page = 0; page < pages; page++)
            {
                var key = Key(page);
                var response = answer.ResponseFor(list.Method, key, out var error);
                if (error is not null && page == 0 && error.SystemError is Bitrix24SystemError.OperationTimeLimit or Bitrix24SystemError.QueryLimitExceeded
                    && ++limitRetries <= options.MaxLimitRetries)
                {
                    break;
                }

                if (page == 0 && (error is not null || response is null))
                {
                    throw (Exception?)error ?? new Bitrix24BatchSkippedException(list.Method.Name, key, "the batch answer holds no result for the first page");
                }

                if (error is not null || response is null || answer.RawResultOf(key) is not { } raw)
                {
                    break;
                }

                var ids = IdsOf(raw, list, idField);
                if (ids.Count > 0 && ids[0] <= lastId)
                {
                    if (page == 0)
                    {
                        // The first page carries a literal >ID: rows at or before it mean the portal ignores the filter,
                        // and every further request would bring the same rows again.
                        throw Format(list, $"the portal ignored the filter >{idField}={lastId} (the page starts at {idField} {ids[0]}), so reading would repeat rows without end");
                    }

                    // The reference did not resolve to the previous page's last id: continue from lastId next request.
                    break;
                }

                var typed = Bitrix24Paging.RowsOf(list, response, raw);
                if (typed.Count != ids.Count)
                {
                    throw Format(list, $"page '{key}' has {ids.Count} rows with ids but {typed.Count} typed rows");
                }

                limitRetries = 0;
                foreach (var row in typed)
                {
                    yield return row;
                }

                rows += typed.Count;
                if (ids.Count > 0)
                {
                    lastId = ids[ids.Count - 1];
                }

                if (ids.Count < PageSize)
                {
                    finished = true;
                    break;
                }
            }

            options.Progress?.Report(new Bitrix24BulkReadProgress(rows, requests, lastId));
            if (finished)
            {
                yield break;
            }
        }
    }

    private static string Key(int page) => "p" + page.ToString(CultureInfo.InvariantCulture);

    private static object[] Path(string? rowsMember, string idField)
        => rowsMember is null ? [PageSize - 1, idField] : [rowsMember, PageSize - 1, idField];

    private static JsonObjectRequest Template(IBitrix24Request? request, string idField, out long lastId)
    {
        var template = JsonObjectRequest.From(request);
        template.Body["order"] = new JsonObject { [idField] = "ASC" };
        template.Body["start"] = -1;
        var filter = template.Object("filter");
        lastId = filter[">" + idField] is JsonValue after && TryId(after, out var id) ? id : 0;
        if (template.Body["select"] is JsonArray select && select.Count > 0
            && !select.Any(item => item is JsonValue value && value.TryGetValue<string>(out var name) && (name == idField || name == "*")))
        {
            select.Add((JsonNode?)JsonValue.Create(idField));
        }

        return template;
    }

    private static List<long> IdsOf<TResult, TRow>(JsonElement result, Bitrix24ListMethod<TResult, TRow> list, string idField)
    {
        var rows = Bitrix24Paging.PageRows(list, result);
        var ids = new List<long>(rows.Count);
        foreach (var row in rows)
        {
            if (RowIds.Of(row, idField) is not { } id)
            {
                throw Format(list, $"a row has no readable {idField}");
            }

            if (ids.Count > 0 && id <= ids[ids.Count - 1])
            {
                throw Format(list, $"rows are not ordered by {idField}");
            }

            ids.Add(id);
        }

        return ids;
    }

    private static bool TryId(JsonValue value, out long id)
    {
        id = 0;
        return value.TryGetValue<long>(out id)
            || (value.TryGetValue<string>(out var text) && long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out id));
    }

    private static Bitrix24ResponseFormatException Format<TResult, TRow>(Bitrix24ListMethod<TResult, TRow> list, string problem)
        => new(new Bitrix24ErrorInfo(list.Method.Name, string.Empty, $"Bulk read stopped: {problem}.", 200, string.Empty));
}
