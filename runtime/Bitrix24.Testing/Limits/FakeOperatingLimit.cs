using System;
using System.Collections.Generic;

namespace Bitrix24.Testing.Limits;

/// <summary>
/// The operating limit: each executed call adds its cost to its method's current basket (per webhook user or
/// application); a method whose cost over the live baskets reaches <see cref="BudgetSeconds"/> answers
/// <c>429 OPERATION_TIME_LIMIT</c> without executing until its oldest basket expires. Other methods are unaffected.
/// </summary>
public sealed class FakeOperatingLimit
{
    private readonly object _gate = new();
    private readonly Dictionary<string, double> _costs = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<(string Scope, string Method), List<(long Basket, double Seconds)>> _ledgers = [];

    /// <summary>A limit of <paramref name="budgetSeconds"/> per method over <paramref name="baskets"/> baskets of <paramref name="basket"/> each.</summary>
    public FakeOperatingLimit(double budgetSeconds, double costPerCallSeconds, TimeSpan basket, int baskets)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(budgetSeconds);
        ArgumentOutOfRangeException.ThrowIfNegative(costPerCallSeconds);
        ArgumentOutOfRangeException.ThrowIfLessThan(basket, TimeSpan.FromMilliseconds(1));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(baskets);
        BudgetSeconds = budgetSeconds;
        CostPerCallSeconds = costPerCallSeconds;
        Basket = basket;
        Baskets = baskets;
    }

    /// <summary>The operating time a method may use over the live baskets (480 s in the documentation's example).</summary>
    public double BudgetSeconds { get; }

    /// <summary>The operating time one executed call costs, unless <see cref="SetCost"/> says otherwise for its method.</summary>
    public double CostPerCallSeconds { get; }

    /// <summary>The length of one basket (one minute on the portal).</summary>
    public TimeSpan Basket { get; }

    /// <summary>How many baskets are live at once (ten on the portal).</summary>
    public int Baskets { get; }

    /// <summary>Each executed call of <paramref name="method"/> costs <paramref name="seconds"/>.</summary>
    public void SetCost(string method, double seconds)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(seconds);
        lock (_gate)
        {
            _costs[method] = seconds;
        }
    }

    /// <summary>Charges one call, or refuses it (null) when the method's budget is spent.</summary>
    internal OperatingUsage? TryCharge(string scope, string method, DateTimeOffset now)
    {
        var basket = now.ToUnixTimeMilliseconds() / (long)Basket.TotalMilliseconds;
        lock (_gate)
        {
            if (!_ledgers.TryGetValue((scope, method), out var ledger))
            {
                _ledgers[(scope, method)] = ledger = [];
            }

            ledger.RemoveAll(entry => entry.Basket <= basket - Baskets);
            var used = 0.0;
            foreach (var entry in ledger)
            {
                used += entry.Seconds;
            }

            if (used >= BudgetSeconds)
            {
                return null;
            }

            var cost = _costs.TryGetValue(method, out var overridden) ? overridden : CostPerCallSeconds;
            if (ledger.Count > 0 && ledger[^1].Basket == basket)
            {
                ledger[^1] = (basket, ledger[^1].Seconds + cost);
            }
            else
            {
                ledger.Add((basket, cost));
            }

            var basketMilliseconds = (long)Basket.TotalMilliseconds;
            return new OperatingUsage(used + cost, (ledger[0].Basket + Baskets) * basketMilliseconds / 1000);
        }
    }
}
