using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Bitrix24.Testing.Crm;
using Bitrix24.Testing.Protocol;

namespace Bitrix24.Testing.Methods;

/// <summary>
/// <c>crm.deal.list</c>: pages of 50 deals filtered and ordered by ID. Rows are found by binary search over the
/// deal ids, so a page costs O(log n + 50) however many deals there are and wherever the page starts. The last
/// non-empty page carries <c>next</c> (equal to <c>total</c>) only with <see cref="FakePortalOptions.NextAtTotal"/>.
/// </summary>
internal sealed class DealListHandler : IMethodHandler
{
    private const int PageSize = 50;

    public string Method => "crm.deal.list";

    public bool IsWrite => false;

    public void Handle(CallContext call, Utf8JsonWriter result)
    {
        var filter = ObjectParameter(call, "filter");
        var order = ObjectParameter(call, "order");
        if (!call.CanUseCrm)
        {
            throw CallContext.Error(string.Empty, "Access denied.");
        }

        var bounds = IdFilter.Parse(call.ListFault == FakeListFault.IgnoresIdFilter ? null : filter);
        var descending = order?.EnumerateObject().Any(p => p.Name.Equals("ID", StringComparison.OrdinalIgnoreCase)
            && string.Equals(Parameters.AsString(p.Value), "DESC", StringComparison.OrdinalIgnoreCase)) == true;
        var start = PhpInt.Parse(call.Parameters.Get("start"));
        var counting = start != -1;
        var offset = Math.Max(0, start);
        var selection = DealFields.Parse(call.Parameters.Get("select"));

        call.Crm.Atomically(crm =>
        {
            var matches = Matches(crm.DealIds, bounds);
            // Any start at or past the end (long.MaxValue too) is an empty last page: no offset + 50 that could overflow.
            var end = offset < matches.Count - PageSize ? offset + PageSize : matches.Count;
            var (from, to) = call.ListFault == FakeListFault.IgnoresStart ? (0, Math.Min(PageSize, matches.Count)) : (offset, end);
            result.WriteStartArray();
            for (var position = from; position < to; position++)
            {
                var id = matches.IdAt(descending ? matches.Count - 1 - position : position);
                DealFields.Write(result, crm.ReadDeal(id)!, selection, call.Options);
            }

            result.WriteEndArray();

            // start=-1 skips the count, and the portal then answers total 0 (the bulk-read page shows it) and no next.
            call.Total = counting ? matches.Count : 0;
            if (counting)
            {
                var more = end < matches.Count || (call.Options.NextAtTotal && end > offset);
                call.Next = call.ListFault switch
                {
                    FakeListFault.IgnoresStart => offset < long.MaxValue - PageSize ? offset + PageSize : null,
                    _ when !more => null,
                    FakeListFault.NextDoesNotAdvance => offset,
                    _ => end,
                };
            }
        });
    }

    private static JsonElement? ObjectParameter(CallContext call, string name)
    {
        var value = call.Parameters.Get(name);
        return value?.ValueKind switch
        {
            null or JsonValueKind.Null => null,
            JsonValueKind.Object => value,
            JsonValueKind.Array when value.Value.GetArrayLength() == 0 => null,
            _ => throw CallContext.Error(string.Empty, $"Parameter '{name}' must be array."),
        };
    }

    private static MatchingIds Matches(IdRuns ids, IdFilter filter)
    {
        if (filter.Exactly is { } exact)
        {
            var listed = exact.Where(id => id >= filter.From && id <= filter.To && ids.Contains(id)).Distinct().Order().ToArray();
            return new MatchingIds(listed.Length, rank => listed[rank]);
        }

        if (filter.From > filter.To)
        {
            return new MatchingIds(0, _ => 0);
        }

        var first = ids.CountBelow(filter.From);
        var end = filter.To == long.MaxValue ? ids.Count : ids.CountBelow(filter.To + 1);
        return new MatchingIds(Math.Max(0, end - first), rank => ids.At(first + rank));
    }

    /// <summary>The ids that match, in ascending order, reachable by position.</summary>
    private sealed record MatchingIds(long Count, Func<long, long> IdAt);

    /// <summary>The <c>ID</c> conditions of a filter, as an inclusive range and an optional list; other keys are ignored.</summary>
    private sealed record IdFilter(long From, long To, IReadOnlyList<long>? Exactly)
    {
        public static IdFilter Parse(JsonElement? filter)
        {
            var result = new IdFilter(long.MinValue, long.MaxValue, null);
            if (filter is not { } conditions)
            {
                return result;
            }

            foreach (var condition in conditions.EnumerateObject())
            {
                var key = condition.Name.ToUpperInvariant();
                var value = condition.Value;
                result = key switch
                {
                    ">ID" => result with { From = Math.Max(result.From, PhpInt.Parse(value) + 1) },
                    ">=ID" => result with { From = Math.Max(result.From, PhpInt.Parse(value)) },
                    "<ID" => result with { To = Math.Min(result.To, PhpInt.Parse(value) - 1) },
                    "<=ID" => result with { To = Math.Min(result.To, PhpInt.Parse(value)) },
                    "ID" or "=ID" or "@ID" => result.Narrowed(value.ValueKind == JsonValueKind.Array
                        ? value.EnumerateArray().Select(item => PhpInt.Parse(item)).ToList()
                        : [PhpInt.Parse(value)]),
                    _ => result,
                };
            }

            return result;
        }

        private IdFilter Narrowed(List<long> ids) => this with { Exactly = Exactly is null ? ids : Exactly.Intersect(ids).ToList() };
    }
}
