using System;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text.Json;
using System.Threading.Tasks;
using Bitrix24.Testing.Limits;
using Bitrix24.Testing.Profiles;
using static Bitrix24.Testing.Tests.PortalHttp;

namespace Bitrix24.Testing.Tests;

/// <summary>
/// The <c>time</c> objects: which keys each <see cref="FakeTimeBlock"/> profile writes in answers and in batch
/// entries, realistic durations, and an <c>operating_reset_at</c> that moves with the calls.
/// </summary>
public sealed class TimeBlockTests
{
    private static readonly string[] Basic = ["start", "finish", "duration", "processing", "date_start", "date_finish"];
    private static readonly string[] WithOperating = [.. Basic, "operating"];
    private static readonly string[] All = [.. Basic, "operating_reset_at", "operating"];

    public static TheoryData<FakeTimeBlock, string[], string[]> Profiles => new()
    {
        { FakeTimeBlock.Typical, All, Basic },
        { FakeTimeBlock.Full, All, All },
        { FakeTimeBlock.WithoutOperatingResetAt, WithOperating, Basic },
        { FakeTimeBlock.WithoutOperating, Basic, Basic },
    };

    [Theory]
    [MemberData(nameof(Profiles))]
    public async Task Each_profile_writes_its_keys_in_answers_batch_entries_and_rest3_answers(FakeTimeBlock profile, string[] answerKeys, string[] entryKeys)
    {
        await using var portal = await FakePortal.StartAsync(new FakePortalOptions { TimeBlock = profile }, TestContext.Current.CancellationToken);
        portal.Crm.SeedDeals(1);

        var (_, single) = await Post(portal.WebhookUrl + "crm.deal.get", "{\"id\":1}");
        var (_, batch) = await Post(portal.WebhookUrl + "batch", """{"cmd": {"one": "crm.deal.get?id=1"}}""");
        var (status, rest3) = await Post(portal.Rest3() + "tasks.task.add", """{"fields": {"title": "t", "creatorId": 1, "responsibleId": 1}}""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(answerKeys, Keys(single.GetProperty("time")));
        Assert.Equal(answerKeys, Keys(batch.GetProperty("time")));
        Assert.Equal(answerKeys, Keys(rest3.GetProperty("time")));
        Assert.Equal(entryKeys, Keys(batch.GetProperty("result").GetProperty("result_time").GetProperty("one")));
    }

    [Theory]
    [InlineData(FakeTimeBlock.Typical, false)]
    [InlineData(FakeTimeBlock.Full, true)]
    [InlineData(FakeTimeBlock.WithoutOperating, false)]
    public async Task Batch_entries_have_whole_second_start_and_finish_unless_full(FakeTimeBlock profile, bool fractional)
    {
        await using var portal = await FakePortal.StartAsync(new FakePortalOptions { TimeBlock = profile }, TestContext.Current.CancellationToken);
        portal.Crm.SeedDeals(1);

        var (_, batch) = await Post(portal.WebhookUrl + "batch", """{"cmd": ["crm.deal.get?id=1"]}""");

        var entry = batch.GetProperty("result").GetProperty("result_time")[0];
        foreach (var key in new[] { "start", "finish" })
        {
            var seconds = entry.GetProperty(key).GetDouble();
            Assert.Equal(fractional, entry.GetProperty(key).GetRawText().Contains('.', StringComparison.Ordinal));
            Assert.InRange(seconds, DateTimeOffset.UtcNow.ToUnixTimeSeconds() - 60, DateTimeOffset.UtcNow.ToUnixTimeSeconds() + 1);
        }

        Assert.Contains('.', batch.GetProperty("time").GetProperty("start").GetRawText());
    }

    [Fact]
    public async Task The_profile_is_read_on_every_call()
    {
        await using var portal = await FakePortal.StartAsync(TestContext.Current.CancellationToken);
        portal.Crm.SeedDeals(1);

        var (_, before) = await Post(portal.WebhookUrl + "crm.deal.get", "{\"id\":1}");
        portal.Options.TimeBlock = FakeTimeBlock.WithoutOperating;
        var (_, after) = await Post(portal.WebhookUrl + "crm.deal.get", "{\"id\":1}");

        Assert.Equal(All, Keys(before.GetProperty("time")));
        Assert.Equal(Basic, Keys(after.GetProperty("time")));
    }

    [Fact]
    public async Task Processing_is_the_method_s_part_of_the_duration_and_finish_is_start_plus_duration()
    {
        await using var portal = await FakePortal.StartAsync(TestContext.Current.CancellationToken);
        portal.Crm.SeedDeals(60);

        var (_, json) = await Post(portal.WebhookUrl + "crm.deal.list", "{}");

        var time = json.GetProperty("time");
        var duration = time.GetProperty("duration").GetDouble();
        var processing = time.GetProperty("processing").GetDouble();
        Assert.InRange(processing, double.Epsilon, duration - double.Epsilon);
        Assert.InRange(duration, double.Epsilon, 5);
        Assert.Equal(time.GetProperty("start").GetDouble() + duration, time.GetProperty("finish").GetDouble(), 0.000002);
        Assert.InRange(time.GetProperty("operating").GetDouble(), processing, duration);
    }

    [Fact]
    public async Task Without_a_limit_operating_reset_at_lies_ahead_of_the_answer_and_operating_is_the_measured_time()
    {
        await using var portal = await FakePortal.StartAsync(TestContext.Current.CancellationToken);
        portal.Crm.SeedDeals(1);

        var (_, first) = await Post(portal.WebhookUrl + "crm.deal.get", "{\"id\":1}");
        var (_, second) = await Post(portal.WebhookUrl + "crm.deal.get", "{\"id\":1}");
        var (_, other) = await Post(portal.WebhookUrl + "crm.deal.list", "{}");

        var time = second.GetProperty("time");
        var finished = DateTimeOffset.Parse(time.GetProperty("date_finish").GetString()!, CultureInfo.InvariantCulture).ToUnixTimeSeconds();
        Assert.InRange(time.GetProperty("operating_reset_at").GetInt64(), finished + 1, finished + 601);
        var firstOperating = first.GetProperty("time").GetProperty("operating").GetDouble();
        Assert.InRange(firstOperating, double.Epsilon, 1);
        Assert.InRange(time.GetProperty("operating").GetDouble(), firstOperating + double.Epsilon, 2);
        Assert.InRange(other.GetProperty("time").GetProperty("operating").GetDouble(), double.Epsilon, 1);
    }

    [Fact]
    public async Task Operating_reset_at_is_ten_minutes_after_the_oldest_live_basket_and_moves_on_when_it_expires()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 5, 14, 10, 5, 20, 250, TimeSpan.FromHours(2)));
        await using var portal = await FakePortal.StartAsync(new FakePortalOptions { Clock = clock }, TestContext.Current.CancellationToken);
        portal.Crm.SeedDeals(1);
        var start = clock.Now;

        var first = await Time(portal);
        clock.Now = start.AddMinutes(4);
        var fourMinutesOn = await Time(portal);
        clock.Now = start.AddMinutes(11);
        var elevenMinutesOn = await Time(portal);

        // The first call's basket lives until 10:15:20.25, written rounded up to the whole second; once it is gone
        // the basket of the call four minutes on is the oldest.
        Assert.Equal(start.AddMinutes(10).AddSeconds(0.75).ToUnixTimeSeconds(), first.ResetAt);
        Assert.Equal(first.ResetAt, fourMinutesOn.ResetAt);
        Assert.True(fourMinutesOn.Operating > first.Operating);
        Assert.Equal(start.AddMinutes(14).AddSeconds(0.75).ToUnixTimeSeconds(), elevenMinutesOn.ResetAt);
        Assert.All(new[] { first, fourMinutesOn, elevenMinutesOn }, time => Assert.True(time.ResetAt > time.Finished));
        Assert.Equal("2026-05-14T10:16:20+02:00", elevenMinutesOn.DateStart);
    }

    [Fact]
    public async Task A_configured_limit_moves_its_reset_the_same_way_at_any_basket_length()
    {
        var clock = new ManualClock(DateTimeOffset.UnixEpoch.AddDays(20000));
        await using var portal = await FakePortal.StartAsync(new FakePortalOptions { Clock = clock }, TestContext.Current.CancellationToken);
        portal.Crm.SeedDeals(1);
        portal.Limits.Operating = new FakeOperatingLimit(budgetSeconds: 100, costPerCallSeconds: 1, basket: TimeSpan.FromSeconds(3), baskets: 2);
        var start = clock.Now;

        var first = await Time(portal);
        clock.Now = start.AddSeconds(3);
        var aBasketOn = await Time(portal);
        clock.Now = start.AddSeconds(6);
        var twoBasketsOn = await Time(portal);

        Assert.Equal((start.AddSeconds(6).ToUnixTimeSeconds(), 1.0), (first.ResetAt, first.Operating));
        Assert.Equal((first.ResetAt, 2.0), (aBasketOn.ResetAt, aBasketOn.Operating));
        Assert.Equal((start.AddSeconds(9).ToUnixTimeSeconds(), 2.0), (twoBasketsOn.ResetAt, twoBasketsOn.Operating));
    }

    private static async Task<(long ResetAt, double Operating, long Finished, string DateStart)> Time(FakePortal portal)
    {
        var (_, json) = await Post(portal.WebhookUrl + "crm.deal.get", "{\"id\":1}");
        var time = json.GetProperty("time");
        return (
            time.GetProperty("operating_reset_at").GetInt64(),
            time.GetProperty("operating").GetDouble(),
            (long)Math.Floor(time.GetProperty("finish").GetDouble()),
            time.GetProperty("date_start").GetString()!);
    }

    private static string[] Keys(JsonElement time) => time.EnumerateObject().Select(property => property.Name).ToArray();
}
