using System;
using System.Linq;
using System.Net;
using System.Text.Json;
using System.Threading.Tasks;
using Bitrix24.Testing.Crm;
using Bitrix24.Testing.Profiles;
using static Bitrix24.Testing.Tests.PortalHttp;

namespace Bitrix24.Testing.Tests;

/// <summary><c>crm.contact.get</c> over raw HTTP: the loose values a real portal writes, the profiles, and the documented errors.</summary>
public sealed class ContactGetTests
{
    [Fact]
    public async Task A_contact_comes_with_string_ids_yes_no_flags_multifields_and_custom_fields()
    {
        await using var portal = await FakePortal.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        var contact = portal.Crm.Add(new FakeContact
        {
            Name = "John",
            LastName = "Smith",
            CompanyId = 12,
            Birthdate = new DateTimeOffset(2001, 11, 11, 2, 0, 0, TimeSpan.FromHours(2)),
            Phones = { new FakeMultifield("WORK", "+13333333555"), new FakeMultifield("HOME", "+15599888666") },
            CustomFields = { ["UF_CRM_1720697698689"] = JsonElement.Parse("\"29.08.2024 10:12:45\""), ["UF_CRM_EMPTY"] = JsonElement.Parse("{}") },
        });

        var (status, json) = await Post(portal.WebhookUrl + "crm.contact.get", $$"""{"id": "{{contact.Id}}"}""");
        var result = json.GetProperty("result");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(contact.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), result.GetProperty("ID").GetString());
        Assert.Equal(("John", "Smith", "12"), (result.GetProperty("NAME").GetString(), result.GetProperty("LAST_NAME").GetString(), result.GetProperty("COMPANY_ID").GetString()));
        Assert.Equal("2001-11-11T02:00:00+02:00", result.GetProperty("BIRTHDATE").GetString());
        Assert.Equal(("Y", "N", "Y"), (result.GetProperty("HAS_PHONE").GetString(), result.GetProperty("HAS_EMAIL").GetString(), result.GetProperty("OPENED").GetString()));
        Assert.Equal(JsonValueKind.Null, result.GetProperty("LEAD_ID").ValueKind);
        var phones = result.GetProperty("PHONE").EnumerateArray().ToList();
        Assert.Equal(
            [(contact.Phones[0].Id.ToString(System.Globalization.CultureInfo.InvariantCulture), "WORK", "+13333333555", "PHONE"), (contact.Phones[1].Id.ToString(System.Globalization.CultureInfo.InvariantCulture), "HOME", "+15599888666", "PHONE")],
            phones.Select(phone => (phone.GetProperty("ID").GetString(), phone.GetProperty("VALUE_TYPE").GetString(), phone.GetProperty("VALUE").GetString(), phone.GetProperty("TYPE_ID").GetString())));
        Assert.NotEqual(contact.Phones[0].Id, contact.Phones[1].Id);
        Assert.False(result.TryGetProperty("EMAIL", out _));
        Assert.Equal("\"29.08.2024 10:12:45\"", result.GetProperty("UF_CRM_1720697698689").GetRawText());
        Assert.Equal("[]", result.GetProperty("UF_CRM_EMPTY").GetRawText());
    }

    [Theory]
    [InlineData(FakeEmptyDate.EmptyString, FakeUnsetFields.Null, "\"\"", "null")]
    [InlineData(FakeEmptyDate.Null, FakeUnsetFields.Filled, "null", "\"\"")]
    public async Task Unset_dates_and_text_are_written_as_the_profiles_say(FakeEmptyDate emptyDate, FakeUnsetFields unset, string birthdate, string comments)
    {
        await using var portal = await FakePortal.StartAsync(new FakePortalOptions { EmptyDate = emptyDate, UnsetFields = unset }, TestContext.Current.CancellationToken);
        var contact = portal.Crm.Add(new FakeContact { Name = "Unset" });

        var (_, json) = await Post(portal.WebhookUrl + "crm.contact.get", $$"""{"ID": {{contact.Id}}}""");
        var result = json.GetProperty("result");

        Assert.Equal((birthdate, comments), (result.GetProperty("BIRTHDATE").GetRawText(), result.GetProperty("COMMENTS").GetRawText()));
        Assert.Equal(comments, result.GetProperty("UTM_SOURCE").GetRawText());
    }

    [Theory]
    [InlineData("{}", "ID is not defined or invalid.")]
    [InlineData("""{"id": "abc"}""", "ID is not defined or invalid.")]
    [InlineData("""{"id": -4}""", "ID is not defined or invalid.")]
    [InlineData("""{"id": 999999}""", "Not found")]
    public async Task Documented_errors(string body, string message)
    {
        await using var portal = await FakePortal.StartAsync(cancellationToken: TestContext.Current.CancellationToken);

        var (status, json) = await Post(portal.WebhookUrl + "crm.contact.get", body);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(("", message), (json.GetProperty("error").GetString(), json.GetProperty("error_description").GetString()));
    }

    [Fact]
    public async Task The_restricted_user_is_denied_access()
    {
        await using var portal = await FakePortal.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        var contact = portal.Crm.Add(new FakeContact { Name = "Hidden" });

        var (status, json) = await Post(portal.RestrictedWebhookUrl + "crm.contact.get", $$"""{"id": {{contact.Id}}}""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("Access denied.", json.GetProperty("error_description").GetString());
    }
}
