using System;
using System.Linq;
using System.Threading.Tasks;
using Bitrix24.Client;
using Bitrix24.Generated;
using Bitrix24.Generated.Crm;
using Bitrix24.Testing.Profiles;

namespace Bitrix24.EndToEnd.Tests;

/// <summary>The client's read paths against every shape of the <c>time</c> block real portals write.</summary>
public sealed class TimeBlockEndToEndTests
{
    [Theory]
    [InlineData(FakeTimeBlock.Typical)]
    [InlineData(FakeTimeBlock.Full)]
    [InlineData(FakeTimeBlock.WithoutOperatingResetAt)]
    [InlineData(FakeTimeBlock.WithoutOperating)]
    public async Task Get_list_paging_bulk_read_and_batch_read_everything_whatever_the_time_block(FakeTimeBlock profile)
    {
        await using var portal = await LeakScan.StartPortalAsync(TestContext.Current.CancellationToken);
        portal.Options.TimeBlock = profile;
        var first = portal.Crm.SeedDeals(120);
        using var client = new Bitrix24Client(portal.WebhookUrl);
        var api = new Bitrix24Api(client);
        var cancellationToken = TestContext.Current.CancellationToken;
        var batch = client.Batch();
        var batched = new Bitrix24Api(batch);

#pragma warning disable CS0618 // crm.deal.get and crm.deal.list are deprecated; the fake implements them.
        var got = await api.Crm.Deal.GetAsync(new DealGetRequest { Id = first }, cancellationToken);
        var paged = await api.Crm.Deal.ListAllAsync(cancellationToken: cancellationToken).CountAsync(cancellationToken);
        var bulk = await api.Crm.Deal.ListBulkAsync(new DealListRequest(), cancellationToken: cancellationToken).CountAsync(cancellationToken);
        var inBatch = Enumerable.Range(0, 3).Select(offset => batched.Crm.Deal.GetAsync(new DealGetRequest { Id = first + offset }, cancellationToken)).ToList();
#pragma warning restore CS0618
        await batch.ExecuteAsync(cancellationToken);

        Assert.Equal(first, got.Result.Id);
        Assert.Equal((120, 120), (paged, bulk));
        Assert.Equal([first, first + 1, first + 2], (await Task.WhenAll(inBatch)).Select(response => response.Result.Id));
        var time = got.Time!;
        Assert.True(time.Start > 0 && time.Finish >= time.Start && time.Processing < time.Duration);
        Assert.NotNull(time.DateFinish);
        Assert.Equal(profile != FakeTimeBlock.WithoutOperating, time.Operating is not null);
        Assert.Equal(profile is FakeTimeBlock.Typical or FakeTimeBlock.Full, time.OperatingResetAt > DateTimeOffset.UtcNow);
        Assert.Equal(0, client.Statistics.LimitRefusals);
    }
}
