using System;
using System.Collections.Generic;

namespace Bitrix24.Testing.Limits;

/// <summary>
/// The operating limit: each executed call adds its cost to its method's current basket (per webhook user or
/// application); a basket counts for <see cref="Baskets"/> basket lengths from its first call, then drops out. A
/// method whose cost over the live baskets has reached <see cref="BudgetSeconds"/> before a call answers
/// <c>429 OPERATION_TIME_LIMIT</c> without executing until enough baskets drop out. Other methods are unaffected.
/// </summary>
public sealed class FakeOperatingLimit
{
    private readonly object _gate = new();
    private readonly Dictionary<string, double> _costs = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<(string Scope, string Method), List<CostBasket>> _ledgers = [];
    private readonly bool _measuresCost;

    /// <summary>A limit of <paramref name="budgetSeconds"/> per method over <paramref name="baskets"/> baskets of <paramref name="basket"/> each.</summary>
    public FakeOperatingLimit(double budgetSeconds, double costPerCallSeconds, TimeSpan basket, int baskets)
        : this(budgetSeconds, costPerCallSeconds, basket, baskets, measuresCost: false)
    {
    }

    private FakeOperatingLimit(double budgetSeconds, double costPerCallSeconds, TimeSpan basket, int baskets, bool measuresCost)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(budgetSeconds);
        ArgumentOutOfRangeException.ThrowIfNegative(costPerCallSeconds);
        ArgumentOutOfRangeException.ThrowIfLessThan(basket, TimeSpan.FromMilliseconds(1));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(baskets);
        BudgetSeconds = budgetSeconds;
        CostPerCallSeconds = costPerCallSeconds;
        Basket = basket;
        Baskets = baskets;
        _measuresCost = measuresCost;
    }

    /// <summary>The operating time a method may use over the live baskets (480 s in the documentation's example).</summary>
    public double BudgetSeconds { get; }

    /// <summary>The operating time one executed call costs, unless <see cref="SetCost"/> says otherwise for its method.</summary>
    public double CostPerCallSeconds { get; }

    /// <summary>The length of one basket (one minute on the portal).</summary>
    public TimeSpan Basket { get; }

    /// <summary>How many baskets are live at once (ten on the portal).</summary>
    public int Baskets { get; }

    // How long a basket counts, from its first call.
    private TimeSpan Window => Basket * Baskets;

    /// <summary>Each executed call of <paramref name="method"/> costs <paramref name="seconds"/>.</summary>
    public void SetCost(string method, double seconds)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(seconds);
        lock (_gate)
        {
            _costs[method] = seconds;
        }
    }

    /// <summary>The ledger kept when no limit is set: one-minute baskets, ten live, each call costing its measured time, never refusing.</summary>
    internal static FakeOperatingLimit Unlimited() => new(double.PositiveInfinity, 0, TimeSpan.FromMinutes(1), 10, measuresCost: true);

    /// <summary>Whether the method may run at <paramref name="now"/>: its cost over the live baskets is under the budget.</summary>
    internal bool Admits(string scope, string method, DateTimeOffset now)
    {
        lock (_gate)
        {
            return Used(LiveBaskets(scope, method, now)) < BudgetSeconds;
        }
    }

    /// <summary>
    /// Adds an executed call that began at <paramref name="started"/> to its method's basket: its configured cost,
    /// or <paramref name="measuredSeconds"/> for the <see cref="Unlimited"/> ledger.
    /// </summary>
    internal OperatingUsage Charge(string scope, string method, DateTimeOffset started, double measuredSeconds)
    {
        var index = started.ToUnixTimeMilliseconds() / (long)Basket.TotalMilliseconds;
        lock (_gate)
        {
            var cost = _measuresCost ? measuredSeconds : _costs.GetValueOrDefault(method, CostPerCallSeconds);
            var baskets = LiveBaskets(scope, method, started);
            if (baskets.Count > 0 && baskets[^1].Index == index)
            {
                baskets[^1] = baskets[^1] with { Seconds = baskets[^1].Seconds + cost };
            }
            else
            {
                baskets.Add(new CostBasket(index, started, cost));
            }

            return new OperatingUsage(Used(baskets), ResetAt(baskets[0].FirstCall));
        }
    }

    /// <summary>What an answer that ran no method of its own reports (a batch is not accounted): nothing used, a basket's full window ahead.</summary>
    internal OperatingUsage Unaccounted(DateTimeOffset now) => new(0, ResetAt(now));

    private static double Used(List<CostBasket> baskets)
    {
        var used = 0.0;
        foreach (var basket in baskets)
        {
            used += basket.Seconds;
        }

        return used;
    }

    // A basket lives from its first call for the whole window; the reset is written in whole seconds, rounded up so it
    // is never earlier than the basket's real expiry.
    private long ResetAt(DateTimeOffset firstCall)
    {
        var expires = firstCall + Window;
        var seconds = expires.ToUnixTimeSeconds();
        return DateTimeOffset.FromUnixTimeSeconds(seconds) < expires ? seconds + 1 : seconds;
    }

    private List<CostBasket> LiveBaskets(string scope, string method, DateTimeOffset now)
    {
        if (!_ledgers.TryGetValue((scope, method), out var baskets))
        {
            _ledgers[(scope, method)] = baskets = [];
        }

        baskets.RemoveAll(basket => basket.FirstCall + Window <= now);
        return baskets;
    }

    /// <summary>One basket: the calls of one basket-long period, from its first call.</summary>
    private readonly record struct CostBasket(long Index, DateTimeOffset FirstCall, double Seconds);
}
