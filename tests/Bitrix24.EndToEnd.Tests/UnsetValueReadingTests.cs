using System;
using System.Threading.Tasks;
using Bitrix24.Generated.Crm;
using Bitrix24.Testing.Profiles;

namespace Bitrix24.EndToEnd.Tests;

#pragma warning disable CS0618 // crm.deal.get is deprecated; it is the seed method with the richest result.

/// <summary>Typed deal reads against every unset-value profile of the fake portal: nulls and <c>""</c> dates read, nothing lost.</summary>
public sealed class UnsetValueReadingTests
{
    [Theory]
    [InlineData(FakeUnsetFields.Null, FakeEmptyDate.EmptyString)]
    [InlineData(FakeUnsetFields.Null, FakeEmptyDate.Null)]
    [InlineData(FakeUnsetFields.Filled, FakeEmptyDate.EmptyString)]
    [InlineData(FakeUnsetFields.Filled, FakeEmptyDate.Null)]
    public async Task A_deal_with_nothing_set_reads_into_typed_members_and_nothing_is_left_over(FakeUnsetFields unset, FakeEmptyDate emptyDate)
    {
        await using var session = await Session(unset, emptyDate);

        var deal = (await session.Api.Crm.Deal.GetAsync(new DealGetRequest { Id = session.OtherDeal.Id }, TestContext.Current.CancellationToken)).Result;

        var filled = unset == FakeUnsetFields.Filled;
        Assert.Equal(session.OtherDeal.Id, deal.Id);
        Assert.Equal(filled ? 0.0 : (double?)null, deal.TaxValue);
        Assert.Equal(filled ? string.Empty : null, deal.Comments);
        Assert.Equal(filled ? string.Empty : null, deal.AdditionalInfo);
        Assert.Equal(filled ? "CALL" : null, deal.SourceId);
        Assert.Equal(filled ? string.Empty : null, deal.SourceDescription);
        Assert.Equal(filled ? string.Empty : null, deal.UtmSource);
        Assert.Null(deal.LeadId);
        Assert.Null(deal.Probability);
        Assert.Null(deal.Begindate);
        Assert.Null(deal.Closedate);
        Assert.NotNull(deal.DateCreate);

        // Every standard field went into its typed member: none fell back to ExtensionData as unreadable.
        Assert.Empty(deal.ExtensionData);
    }

    [Theory]
    [InlineData(FakeUnsetFields.Null, FakeEmptyDate.EmptyString)]
    [InlineData(FakeUnsetFields.Filled, FakeEmptyDate.Null)]
    public async Task Set_values_read_as_set_whatever_the_profile(FakeUnsetFields unset, FakeEmptyDate emptyDate)
    {
        await using var session = await Session(unset, emptyDate);
        var stored = session.OtherDeal;
        (stored.TaxValue, stored.Comments, stored.SourceId, stored.LeadId) = (12.5m, string.Empty, "WEB", 7);
        stored.CloseDate = new DateTimeOffset(2024, 9, 9, 2, 0, 0, TimeSpan.FromHours(2));

        var deal = (await session.Api.Crm.Deal.GetAsync(new DealGetRequest { Id = stored.Id }, TestContext.Current.CancellationToken)).Result;

        Assert.Equal((12.5, string.Empty, "WEB", 7L), (deal.TaxValue, deal.Comments, deal.SourceId, deal.LeadId));
        Assert.Equal(new DateTime(2024, 9, 9), deal.Closedate);
        Assert.Null(deal.Begindate);
        Assert.Empty(deal.ExtensionData);
    }

    private static async Task<PortalSession> Session(FakeUnsetFields unset, FakeEmptyDate emptyDate)
    {
        var session = await PortalSession.StartAsync();
        session.Portal.Options.UnsetFields = unset;
        session.Portal.Options.EmptyDate = emptyDate;
        return session;
    }
}
