using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Threading.Tasks;
using Bitrix24.Client;
using Bitrix24.Client.Transport;
using Bitrix24.Generated;
using Bitrix24.Generated.Crm;
using Bitrix24.Testing;
using Bitrix24.Testing.Crm;
using Bitrix24.Testing.Profiles;

namespace Bitrix24.EndToEnd.Tests;

#pragma warning disable CS0618 // crm.deal.* is deprecated (crm.item.* replaces it); the fake implements the deal methods.

/// <summary>
/// The client's read paths — get, list paging, bulk read, batch — against every answer profile of the fake portal:
/// each time-block variation, loose values (nulls, <c>""</c> dates) and the tidy contrast, and the list that ends
/// with <c>next == total</c>. Typed reads succeed and nothing the portal sent is lost. The values of each unset-field
/// profile are checked member by member in <see cref="UnsetValueReadingTests"/>, the list edges' request counts in
/// <see cref="ListEdgeReadingTests"/>.
/// </summary>
public sealed class AnswerProfileTests
{
    private static readonly Dictionary<string, Func<FakePortalOptions>> ByName = new(StringComparer.Ordinal)
    {
        ["typical"] = () => new FakePortalOptions(),
        ["full time block"] = () => new FakePortalOptions { TimeBlock = FakeTimeBlock.Full },
        ["time without operating_reset_at"] = () => new FakePortalOptions { TimeBlock = FakeTimeBlock.WithoutOperatingResetAt },
        ["time without operating"] = () => new FakePortalOptions { TimeBlock = FakeTimeBlock.WithoutOperating },
        ["tidy values"] = () => new FakePortalOptions { UnsetFields = FakeUnsetFields.Filled, EmptyDate = FakeEmptyDate.Null },
        ["next at total"] = () => new FakePortalOptions { NextAtTotal = true },
    };

    public static TheoryData<string> Profiles => [.. ByName.Keys];

    [Theory]
    [MemberData(nameof(Profiles))]
    public async Task A_deal_reads_typed_and_every_member_sent_is_kept(string profile)
    {
        await using var portal = await StartAsync(profile);
        var deal = portal.Crm.Add(new FakeDeal
        {
            Title = "Support / «renewal» +1",
            Opportunity = 3607999m,
            BeginDate = new DateTimeOffset(2024, 8, 30, 0, 0, 0, TimeSpan.FromHours(2)),
            CustomFields = { ["UF_CRM_NOTE"] = JsonElement.Parse("\"a/b\""), ["UF_CRM_EMPTY"] = JsonElement.Parse("{}") },
        });
        using var client = new Bitrix24Client(portal.WebhookUrl);
        var parameters = $$"""{"id": {{deal.Id}}}""";

        var typed = await new Bitrix24Api(client).Crm.Deal.GetAsync(new DealGetRequest { Id = deal.Id }, TestContext.Current.CancellationToken);
        var raw = await client.CallAsync("crm.deal.get", parameters, TestContext.Current.CancellationToken);

        var result = typed.Result;
        Assert.Null(typed.RawResult);
        Assert.Equal(deal.Id, result.Id);
        Assert.Equal("Support / «renewal» +1", result.Title);
        Assert.Equal(3607999.0, result.Opportunity);
        Assert.Equal(new DateTime(2024, 8, 30), result.Begindate);
        Assert.Null(result.Closedate);
        Assert.Equal("a/b", result.ExtensionData["UF_CRM_NOTE"].GetString());
        AssertNothingLost(raw.Result, result);
        AssertTimeAsProfiled(portal.Options.TimeBlock, typed.Time);
    }

    [Theory]
    [MemberData(nameof(Profiles))]
    public async Task Paging_reads_every_row_once_whether_the_last_page_is_full_or_not(string profile)
    {
        await using var portal = await StartAsync(profile);
        using var client = new Bitrix24Client(portal.WebhookUrl);
        var api = new Bitrix24Api(client);
        foreach (var count in new[] { 100, 20 })
        {
            var first = portal.Crm.SeedDeals(count);
            var request = new DealListRequest { Filter = JsonElement.Parse($$"""{">=ID": {{first}}}""") };

            var ids = await api.Crm.Deal.ListAllAsync(request, TestContext.Current.CancellationToken).Select(Id).ToListAsync(TestContext.Current.CancellationToken);

            Assert.Equal(Enumerable.Range(0, count).Select(offset => first + offset), ids);
        }
    }

    [Theory]
    [MemberData(nameof(Profiles))]
    public async Task A_bulk_read_reads_every_row_once(string profile)
    {
        await using var portal = await StartAsync(profile);
        var first = portal.Crm.SeedDeals(2_550);
        using var client = new Bitrix24Client(portal.WebhookUrl);

        var rows = await new Bitrix24Api(client).Crm.Deal
            .ListBulkAsync(options: new() { PagesPerRequest = 20 }, cancellationToken: TestContext.Current.CancellationToken)
            .ToListAsync(TestContext.Current.CancellationToken);

        Assert.Equal(Enumerable.Range(0, 2_550).Select(offset => first + offset), rows.Select(Id));
        Assert.All(rows, row => Assert.Equal($"Deal {Id(row)}", row.Title));
    }

    [Theory]
    [MemberData(nameof(Profiles))]
    public async Task A_batch_of_gets_and_a_list_keeps_each_typed_result(string profile)
    {
        await using var portal = await StartAsync(profile);
        var first = portal.Crm.SeedDeals(60);
        using var client = new Bitrix24Client(portal.WebhookUrl);
        var batch = client.Batch();
        var api = new Bitrix24Api(batch);

        var gets = Enumerable.Range(0, 3).Select(i => api.Crm.Deal.GetAsync(new DealGetRequest { Id = first + i }, TestContext.Current.CancellationToken)).ToList();
        var list = api.Crm.Deal.ListAsync(new DealListRequest { Filter = JsonElement.Parse($$"""{">ID": {{first + 9}}}""") }, TestContext.Current.CancellationToken);
        await batch.ExecuteAsync(TestContext.Current.CancellationToken);

        for (var i = 0; i < gets.Count; i++)
        {
            var deal = (await gets[i]).Result;
            Assert.Equal(first + i, deal.Id);
            Assert.Equal($"Deal {first + i}", deal.Title);
        }

        var page = await list;
        Assert.Equal(Enumerable.Range(10, 50).Select(offset => first + offset).ToList(), page.Result.Select(Id).ToList());
        Assert.Equal(50, page.Total);
    }

    private static async Task<FakePortal> StartAsync(string profile)
        => await LeakScan.StartPortalAsync(ByName[profile](), TestContext.Current.CancellationToken);

    private static long Id(Bitrix24.Generated.Crm.DealGet.Deal row) => row.Id ?? throw new InvalidOperationException("a deal row without ID");

    /// <summary>Every member the portal sent with a value is either on a typed property of the same name or kept in ExtensionData.</summary>
    private static void AssertNothingLost(JsonElement raw, Bitrix24.Generated.Crm.DealGet.Deal typed)
    {
        var properties = typeof(Bitrix24.Generated.Crm.DealGet.Deal).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .ToDictionary(property => property.Name.ToUpperInvariant(), StringComparer.Ordinal);
        foreach (var member in raw.EnumerateObject())
        {
            var sent = member.Value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined) && member.Value.GetRawText() != "\"\"";
            var kept = typed.ExtensionData.ContainsKey(member.Name)
                || (properties.TryGetValue(member.Name.Replace("_", string.Empty, StringComparison.Ordinal), out var property) && property.GetValue(typed) is not null);
            Assert.True(!sent || kept, $"{member.Name} = {member.Value.GetRawText()} was sent but is neither typed nor in ExtensionData");
        }
    }

    private static void AssertTimeAsProfiled(FakeTimeBlock profile, ResponseTime? time)
    {
        Assert.NotNull(time);
        Assert.NotNull(time.DateStart);
        Assert.True(time.Processing <= time.Duration, $"processing {time.Processing} > duration {time.Duration}");
        Assert.Equal(profile != FakeTimeBlock.WithoutOperating, time.Operating is not null);
        var hasReset = profile is FakeTimeBlock.Typical or FakeTimeBlock.Full;
        Assert.Equal(hasReset, time.OperatingResetAt is not null);
        if (hasReset)
        {
            Assert.True(time.OperatingResetAt > time.DateFinish, $"operating_reset_at {time.OperatingResetAt} is not after {time.DateFinish}");
        }
    }
}
