using System;
using System.Threading.Tasks;
using Bitrix24.Client;
using Bitrix24.Client.Errors;
using Bitrix24.Generated;
using Bitrix24.Testing;
using Bitrix24.Testing.Crm;
using Bitrix24.Tests.Shared.Http;

namespace Bitrix24.EndToEnd.Tests;

/// <summary>
/// A started fake portal with seeded records, and the generated client on it (full-rights and restricted users).
/// Every error a test sees and every log line is checked for the webhook secret when the session ends.
/// </summary>
internal sealed class PortalSession : IAsyncDisposable
{
    private readonly Bitrix24Client _client;
    private readonly Bitrix24Client _restrictedClient;

    private PortalSession(FakePortal portal)
    {
        Portal = portal;
        _client = new Bitrix24Client(Options(portal.WebhookUrl), logger: Logger);
        _restrictedClient = new Bitrix24Client(Options(portal.RestrictedWebhookUrl), logger: Logger);
        Api = new Bitrix24Api(_client);
        Restricted = new Bitrix24Api(_restrictedClient);

        var crm = portal.Crm;
        Company = crm.Add(new FakeCompany { Title = "Acme" });
        OtherCompany = crm.Add(new FakeCompany { Title = "Globex" });
        Contact = crm.Add(new FakeContact { Name = "Ada" });
        Deal = crm.Add(new FakeDeal { Title = "Support", Opportunity = 1000m, CurrencyId = "EUR", CompanyId = Company.Id, ContactId = Contact.Id });
        OtherDeal = crm.Add(new FakeDeal { Title = "Renewal" });
        Activity = crm.Add(new FakeActivity
        {
            OwnerTypeId = CrmEntityType.Deal,
            OwnerId = Deal.Id,
            Subject = "Call",
            Communications = { new FakeCommunication("PHONE", "+100", CrmEntityType.Contact, Contact.Id) },
        });
    }

    /// <summary>Retries per call: the default count, with short back-offs so tests stay fast.</summary>
    public const int MaxRetries = 4;

    public FakePortal Portal { get; }

    public CapturingLogger<Bitrix24Client> Logger { get; } = new();

    private static Bitrix24ClientOptions Options(string webhookUrl) => new()
    {
        WebhookUrl = webhookUrl,
        Retry = { MaxRetries = MaxRetries, BaseDelay = System.TimeSpan.FromMilliseconds(5), MaxDelay = System.TimeSpan.FromMilliseconds(20) },
    };

    public IBitrix24Api Api { get; }

    public IBitrix24Api Restricted { get; }

    public FakeCompany Company { get; }

    public FakeCompany OtherCompany { get; }

    public FakeContact Contact { get; }

    public FakeDeal Deal { get; }

    public FakeDeal OtherDeal { get; }

    public FakeActivity Activity { get; }

    public static async Task<PortalSession> StartAsync() => new(await LeakScan.StartPortalAsync(TestContext.Current.CancellationToken));

    /// <summary>Awaits a call that must fail with the method's documented error, and checks what the exception carries.</summary>
    public async Task<Bitrix24MethodException<TError>> ExpectAsync<TError>(Func<Task> call, TError expected, string message)
        where TError : struct
    {
        var error = await Assert.ThrowsAsync<Bitrix24MethodException<TError>>(call);
        Assert.Equal(expected, error.MethodError);
        Assert.Equal(400, error.StatusCode);
        Assert.True(ErrorMessages.Matches(error.Description, message), $"'{error.Description}' is not '{message}'");
        AssertNoSecret(error.ToString());
        AssertNoSecret(error.RawBody);
        return error;
    }

    public void AssertNoSecret(string text)
    {
        Assert.DoesNotContain(Portal.WebhookSecret, text);
        Assert.DoesNotContain(Portal.WebhookUrl, text);
    }

    public async ValueTask DisposeAsync()
    {
        Assert.All(Logger.Lines, AssertNoSecret);
        AssertNoSecret(_client.ToString());
        _client.Dispose();
        _restrictedClient.Dispose();
        await Portal.DisposeAsync();
    }
}
