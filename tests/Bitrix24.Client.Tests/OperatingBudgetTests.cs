using System;
using Bitrix24.Client.Limits;
using Bitrix24.Client.Transport;

namespace Bitrix24.Client.Tests;

/// <summary>How long a method waits: nothing under the slow-down share, more the closer to the budget, all the way to the reset once over it.</summary>
public sealed class OperatingBudgetTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);
    private static readonly Bitrix24OperatingLimitOptions Options = new() { BudgetSeconds = 100, SlowDownFrom = 0.8 };

    [Theory]
    [InlineData(50, 0)]
    [InlineData(80, 0)]
    [InlineData(90, 30)]
    [InlineData(100, 60)]
    [InlineData(150, 60)]
    public void The_wait_grows_from_the_slow_down_share_to_the_reset(double operating, double expectedSeconds)
    {
        var budget = new OperatingBudget();
        budget.Record("crm.deal.list", new ResponseTime { Operating = operating, OperatingResetAt = Now.AddSeconds(60) });

        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), budget.DelayFor("crm.deal.list", Options, Now));
        Assert.Equal(TimeSpan.Zero, budget.DelayFor("crm.deal.get", Options, Now));
    }

    [Fact]
    public void A_refusal_pauses_the_method_until_just_after_the_last_known_reset()
    {
        var budget = new OperatingBudget();
        budget.Record("crm.deal.add", new ResponseTime { Operating = 10, OperatingResetAt = Now.AddSeconds(20) });

        budget.Pause("crm.deal.add", Now);

        Assert.Equal(TimeSpan.FromSeconds(21), budget.DelayFor("crm.deal.add", Options, Now));
        Assert.Equal(TimeSpan.Zero, budget.DelayFor("crm.deal.add", Options, Now.AddSeconds(21)));
        Assert.Equal(TimeSpan.Zero, budget.DelayFor("crm.deal.add", new Bitrix24OperatingLimitOptions { Enabled = false }, Now));
    }

    [Fact]
    public void A_refusal_that_carries_its_own_reset_pauses_until_then_not_a_whole_basket()
    {
        var budget = new OperatingBudget();
        budget.Record("crm.deal.add", new ResponseTime { Operating = 10, OperatingResetAt = Now.AddSeconds(200) });

        var pause = budget.Pause("crm.deal.add", Now, refusalReset: Now.AddSeconds(2));

        Assert.Equal(TimeSpan.FromSeconds(3), pause);
        Assert.Equal(TimeSpan.FromSeconds(3), budget.DelayFor("crm.deal.add", Options, Now));
    }

    [Fact]
    public void No_reset_holds_a_method_longer_than_the_ten_minute_window()
    {
        var budget = new OperatingBudget();
        var year2100 = new DateTimeOffset(2100, 1, 1, 0, 0, 0, TimeSpan.Zero);
        budget.Record("crm.deal.list", new ResponseTime { Operating = 1e9, OperatingResetAt = year2100 });

        Assert.Equal(TimeSpan.FromMinutes(10), budget.DelayFor("crm.deal.list", Options, Now));
        Assert.Equal(TimeSpan.FromMinutes(10), budget.Pause("crm.deal.list", Now));
        Assert.Equal(TimeSpan.FromMinutes(10), budget.Pause("crm.deal.list", Now, refusalReset: DateTimeOffset.MaxValue));
        Assert.Equal(TimeSpan.FromMinutes(10), budget.DelayFor("crm.deal.list", Options, Now));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(-500)]
    public void An_operating_that_is_no_duration_is_ignored(double operating)
    {
        var budget = new OperatingBudget();
        budget.Record("crm.deal.get", new ResponseTime { Operating = 10, OperatingResetAt = Now.AddSeconds(60) });

        budget.Record("crm.deal.get", new ResponseTime { Operating = operating });

        Assert.Equal(TimeSpan.Zero, budget.DelayFor("crm.deal.get", Options, Now));
    }

    [Fact]
    public void A_refusal_without_a_known_reset_waits_one_basket()
    {
        var budget = new OperatingBudget();

        budget.Pause("crm.deal.add", Now);

        Assert.Equal(TimeSpan.FromMinutes(1), budget.DelayFor("crm.deal.add", Options, Now));
    }
}
