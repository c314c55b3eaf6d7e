using System.Threading.Tasks;
using Bitrix24.Client.Errors;
using Bitrix24.Generated;
using Bitrix24.Generated.Crm;
using Bitrix24.Testing.Crm;

namespace Bitrix24.EndToEnd.Tests;

public sealed class ActivityBindingAddTests
{
    [Fact]
    public async Task Binds_the_activity_to_another_item()
    {
        await using var session = await PortalSession.StartAsync();

        var response = await session.Api.Crm.Activity.Binding.AddAsync(Request(session, CrmEntityType.Contact, session.Contact.Id), TestContext.Current.CancellationToken);

        Assert.True(response.Result);
        Assert.Contains(new FakeBinding(CrmEntityType.Contact, session.Contact.Id), session.Activity.Bindings);
    }

    [Fact]
    public async Task Each_documented_error()
    {
        await using var session = await PortalSession.StartAsync();
        var binding = session.Api.Crm.Activity.Binding;

        await session.ExpectAsync(() => binding.AddAsync(Request(session, CrmEntityType.Contact, 0)), ActivityBindingAddError.Code100, "Required fields not provided");
        await session.ExpectAsync(() => binding.AddAsync(Request(session, CrmEntityType.Contact, session.Contact.Id, activityId: 999_999)), ActivityBindingAddError.NotFound, "Entity not found");
        await session.ExpectAsync(() => binding.AddAsync(Request(session, CrmEntityType.Contact, 999_999)), ActivityBindingAddError.OwnerNotFound, "Owner of the entity not found");
        await session.ExpectAsync(() => session.Restricted.Crm.Activity.Binding.AddAsync(Request(session, CrmEntityType.Contact, session.Contact.Id)), ActivityBindingAddError.AccessDenied, "Insufficient rights to perform the operation");
        await session.ExpectAsync(() => binding.AddAsync(Request(session, CrmEntityType.Deal, session.Deal.Id)), ActivityBindingAddError.ActivityIsAlreadyBound, "The activity is already bound to this entity");
    }

    [Fact]
    public async Task The_101st_binding_is_refused()
    {
        await using var session = await PortalSession.StartAsync();
        for (var i = session.Activity.Bindings.Count; i < FakeCrm.MaxBindingsPerActivity; i++)
        {
            var deal = session.Portal.Crm.Add(new FakeDeal { Title = $"Deal {i}" });
            await session.Api.Crm.Activity.Binding.AddAsync(Request(session, CrmEntityType.Deal, deal.Id), TestContext.Current.CancellationToken);
        }

        var extra = session.Portal.Crm.Add(new FakeDeal { Title = "One too many" });
        var error = await Assert.ThrowsAsync<Bitrix24Exception>(() => session.Api.Crm.Activity.Binding.AddAsync(Request(session, CrmEntityType.Deal, extra.Id), TestContext.Current.CancellationToken));

        Assert.Equal(FakeCrm.MaxBindingsPerActivity, session.Activity.Bindings.Count);
        Assert.IsNotType<Bitrix24MethodException<ActivityBindingAddError>>(error);
        Assert.Equal(("BINDINGS_LIMIT_EXCEEDED", 400, Bitrix24SystemError.Unknown), (error.Code, error.StatusCode, error.SystemError));
    }

    private static ActivityBindingAddRequest Request(PortalSession session, long entityTypeId, long entityId, long? activityId = null)
        => new() { ActivityId = activityId ?? session.Activity.Id, EntityTypeId = entityTypeId, EntityId = entityId };
}
