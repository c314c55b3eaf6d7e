using System.Collections.Generic;
using System.Text.Json;
using Bitrix24.Testing.Crm;
using Bitrix24.Testing.Protocol;

namespace Bitrix24.Testing.Methods;

/// <summary>
/// <c>crm.contact.get</c>: a contact by id, as a real portal writes it: ids and links as strings, <c>Y</c>/<c>N</c> flags,
/// unset text <c>null</c> (or filled), unset dates <c>""</c> (or <c>null</c>), phones and e-mails as lists of
/// <c>{ID, VALUE_TYPE, VALUE, TYPE_ID}</c> (absent when there are none), custom fields as stored.
/// </summary>
internal sealed class ContactGetHandler : IMethodHandler
{
    public string Method => "crm.contact.get";

    public bool IsWrite => false;

    public void Handle(CallContext call, Utf8JsonWriter result)
    {
        var id = call.Parameters.PositiveId("id", "ID") ?? throw CallContext.Error(string.Empty, "ID is not defined or invalid.");
        if (!call.CanUseCrm)
        {
            throw CallContext.Error(string.Empty, "Access denied.");
        }

        call.Crm.Atomically(crm => Write(result, crm.FindContact(id) ?? throw CallContext.Error(string.Empty, "Not found"), call.Options));
    }

    private static void Write(Utf8JsonWriter writer, FakeContact contact, FakePortalOptions options)
    {
        var unset = options.UnsetFields;
        writer.WriteStartObject();
        LooseJson.Id(writer, "ID", contact.Id);
        LooseJson.OptionalText(writer, "POST", contact.Post, unset);
        LooseJson.OptionalText(writer, "COMMENTS", contact.Comments, unset);
        LooseJson.OptionalText(writer, "HONORIFIC", contact.Honorific, unset);
        writer.WriteString("NAME", contact.Name);
        LooseJson.OptionalText(writer, "SECOND_NAME", contact.SecondName, unset);
        writer.WriteString("LAST_NAME", contact.LastName);
        writer.WriteNull("PHOTO");
        LooseJson.Id(writer, "LEAD_ID", contact.LeadId);
        writer.WriteString("TYPE_ID", contact.TypeId);
        LooseJson.OptionalText(writer, "SOURCE_ID", contact.SourceId, unset, "CALL");
        LooseJson.OptionalText(writer, "SOURCE_DESCRIPTION", null, unset);
        LooseJson.Id(writer, "COMPANY_ID", contact.CompanyId);
        LooseJson.DateTime(writer, "BIRTHDATE", contact.Birthdate, options.EmptyDate);
        LooseJson.YesNo(writer, "EXPORT", contact.Export);
        LooseJson.YesNo(writer, "HAS_PHONE", contact.Phones.Count > 0);
        LooseJson.YesNo(writer, "HAS_EMAIL", contact.Emails.Count > 0);
        LooseJson.YesNo(writer, "HAS_IMOL", false);
        LooseJson.DateTime(writer, "DATE_CREATE", contact.CreatedAt, options.EmptyDate);
        LooseJson.DateTime(writer, "DATE_MODIFY", contact.CreatedAt, options.EmptyDate);
        LooseJson.Id(writer, "ASSIGNED_BY_ID", contact.AssignedById);
        LooseJson.Id(writer, "CREATED_BY_ID", contact.AssignedById);
        LooseJson.Id(writer, "MODIFY_BY_ID", contact.AssignedById);
        LooseJson.YesNo(writer, "OPENED", contact.Opened);
        foreach (var name in NeverSetText)
        {
            LooseJson.OptionalText(writer, name, null, unset);
        }

        LooseJson.DateTime(writer, "LAST_ACTIVITY_TIME", contact.CreatedAt, options.EmptyDate);
        LooseJson.Id(writer, "LAST_ACTIVITY_BY", contact.AssignedById);
        foreach (var (name, value) in contact.CustomFields)
        {
            writer.WritePropertyName(name);
            LooseJson.Php(writer, value);
        }

        Multifield(writer, "PHONE", contact.Phones);
        Multifield(writer, "EMAIL", contact.Emails);
        writer.WriteEndObject();
    }

    /// <summary>The text fields the fake keeps no value for: the origin, the address parts and the UTM marks.</summary>
    private static readonly string[] NeverSetText =
    [
        "ORIGINATOR_ID", "ORIGIN_ID", "ORIGIN_VERSION", "FACE_ID", "ADDRESS", "ADDRESS_2", "ADDRESS_CITY", "ADDRESS_POSTAL_CODE",
        "ADDRESS_REGION", "ADDRESS_PROVINCE", "ADDRESS_COUNTRY", "ADDRESS_LOC_ADDR_ID", "UTM_SOURCE", "UTM_MEDIUM", "UTM_CAMPAIGN",
        "UTM_CONTENT", "UTM_TERM",
    ];

    // A record without values of a multifield has no key for it at all.
    private static void Multifield(Utf8JsonWriter writer, string typeId, IReadOnlyList<FakeMultifield> values)
    {
        if (values.Count == 0)
        {
            return;
        }

        writer.WriteStartArray(typeId);
        foreach (var value in values)
        {
            writer.WriteStartObject();
            LooseJson.Id(writer, "ID", value.Id);
            writer.WriteString("VALUE_TYPE", value.ValueType);
            writer.WriteString("VALUE", value.Value);
            writer.WriteString("TYPE_ID", typeId);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
