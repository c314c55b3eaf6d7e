using System;
using System.Threading;
using System.Threading.Tasks;
using Bitrix24.Client.Errors;
using Bitrix24.Generated;
using Bitrix24.Generated.Crm;
using Spectre.Console;

namespace Bitrix24.Sample;

/// <summary>Calls the five seed methods through the generated client and prints what came back.</summary>
internal sealed class Walkthrough(IBitrix24Api api, DemoData data, bool write)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await GetDealAsync(data.DealId, cancellationToken);
        if (!write)
        {
            Console.WriteLine("Read-only run: pass --write to also call crm.activity.binding.add/move, crm.contact.company.items.set and crm.activity.update.");
        }
        else
        {
            await BindAsync(cancellationToken);
            await MoveAsync(cancellationToken);
            await SetCompaniesAsync(cancellationToken);
            await UpdateActivityAsync(cancellationToken);
        }

        await ShowTypedErrorAsync(cancellationToken);
    }

    private async Task GetDealAsync(long id, CancellationToken cancellationToken)
    {
#pragma warning disable CS0618 // crm.deal.get is deprecated (crm.item.get replaces it); the walkthrough calls the seed method on purpose.
        var response = await api.Crm.Deal.GetAsync(new DealGetRequest { Id = id }, cancellationToken);
#pragma warning restore CS0618
        var deal = response.Result;
        AnsiConsole.Write(SampleTables.Of(
            $"crm.deal.get {id}",
            ("title", $"\"{deal.Title}\""),
            ("opportunity", $"{deal.Opportunity:0.00} {deal.CurrencyId}"),
            ("stage", $"{deal.StageId}"),
            ("opened", $"{deal.Opened}"),
            ("begins", $"{deal.Begindate:yyyy-MM-dd}"),
            ("created", $"{deal.DateCreate:O}"),
            ("extra fields kept raw", $"{string.Join(", ", deal.ExtensionData.Keys)}"),
            ("operating", $"{response.Time?.Operating} s, resets at {response.Time?.OperatingResetAt:O}")));
    }

    private async Task BindAsync(CancellationToken cancellationToken)
    {
        var response = await api.Crm.Activity.Binding.AddAsync(
            new ActivityBindingAddRequest { ActivityId = data.ActivityId, EntityTypeId = 3, EntityId = data.ContactId },
            cancellationToken);
        Console.WriteLine($"crm.activity.binding.add activity {data.ActivityId} -> contact {data.ContactId}: {response.Result}");
    }

    private async Task MoveAsync(CancellationToken cancellationToken)
    {
        var response = await api.Crm.Activity.Binding.MoveAsync(
            new ActivityBindingMoveRequest
            {
                ActivityId = data.ActivityId,
                SourceEntityTypeId = 2,
                SourceEntityId = data.DealId,
                TargetEntityTypeId = 2,
                TargetEntityId = data.OtherDealId,
            },
            cancellationToken);
        Console.WriteLine($"crm.activity.binding.move activity {data.ActivityId}: deal {data.DealId} -> deal {data.OtherDealId}: {response.Result}");
    }

    private async Task SetCompaniesAsync(CancellationToken cancellationToken)
    {
        var response = await api.Crm.Contact.Company.Items.SetAsync(
            new ContactCompanyItemsSetRequest
            {
                Id = data.ContactId,
                Items =
                [
                    new ContactCompanyItemsSetRequest.ItemsItem { CompanyId = data.CompanyId, IsPrimary = false },
                    new ContactCompanyItemsSetRequest.ItemsItem { CompanyId = data.OtherCompanyId, IsPrimary = true, Sort = 5 },
                ],
            },
            cancellationToken);
        Console.WriteLine($"crm.contact.company.items.set contact {data.ContactId} -> companies {data.CompanyId}, {data.OtherCompanyId} (primary): {response.Result}");
    }

    private async Task UpdateActivityAsync(CancellationToken cancellationToken)
    {
#pragma warning disable CS0618 // crm.activity.update is deprecated (crm.activity.todo.update replaces it); the walkthrough calls the seed method on purpose.
        var response = await api.Crm.Activity.UpdateAsync(
            new ActivityUpdateRequest
            {
                Id = data.ActivityId,
                Fields = new ActivityUpdateRequest.FieldsObject
                {
                    OwnerId = data.OtherDealId,
                    OwnerTypeId = 2,
                    TypeId = ActivityUpdateRequest.FieldsObject.TypeIdValues.Call,
                    ResponsibleId = 1,
                    Subject = "Kick-off call (rescheduled)",
                    Communications = [new ActivityUpdateRequest.FieldsObject.CommunicationsItem { Value = "+10000000000", EntityTypeId = 3, EntityId = data.ContactId }],
                },
            },
            cancellationToken);
#pragma warning restore CS0618
        Console.WriteLine($"crm.activity.update activity {data.ActivityId}: {response.Result}");
    }

    private async Task ShowTypedErrorAsync(CancellationToken cancellationToken)
    {
        const long missing = 987654321;
        try
        {
#pragma warning disable CS0618 // see GetDealAsync
            await api.Crm.Deal.GetAsync(new DealGetRequest { Id = missing }, cancellationToken);
#pragma warning restore CS0618
            Console.WriteLine($"crm.deal.get {missing}: unexpectedly found");
        }
        catch (Bitrix24MethodException<DealGetError> error)
        {
            Console.WriteLine($"Typed error from crm.deal.get {missing}: DealGetError.{error.MethodError} (HTTP {error.StatusCode}, code \"{error.Code}\", \"{error.Description}\")");
        }
    }
}
