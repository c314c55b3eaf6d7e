using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using Bitrix24.Client.Json;

namespace Bitrix24.Client.Tests;

/// <summary>Generated readers find a property's index through this table; escaped and unknown names included.</summary>
public sealed class JsonPropertyNamesTests
{
    private static readonly JsonPropertyNames Names = new("ID", "TITLE", "TYPE_ID", "STAGE_ID", "UF_CRM_1", "Имя");

    [Theory]
    [InlineData("""{"ID":1}""", 0)]
    [InlineData("""{"TITLE":1}""", 1)]
    [InlineData("""{"TYPE_ID":1}""", 2)]
    [InlineData("""{"STAGE_ID":1}""", 3)]
    [InlineData("""{"UF_CRM_1":1}""", 4)]
    [InlineData("""{"Имя":1}""", 5)]
    [InlineData("""{"\u0049D":1}""", 0)]
    [InlineData("""{"\u0418\u043c\u044f":1}""", 5)]
    [InlineData("""{"id":1}""", -1)]
    [InlineData("""{"TITLE_LONGER_THAN_ANY_NAME":1}""", -1)]
    [InlineData("""{"":1}""", -1)]
    public void Finds_the_index_of_the_name_at_the_reader(string json, int expected)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        reader.Read();

        Assert.Equal(expected, Names.IndexOf(ref reader));
    }

    /// <summary>The loose forms of one real answer, read through the value readers as a generated result class reads them.</summary>
    [Fact]
    public void Value_readers_take_every_loose_form_of_a_real_answer()
    {
        var deal = Read("""
            {"ID": "15", "COMPANY_ID": 7, "OPPORTUNITY": "3607999.00", "TAX_VALUE": 12.5, "OPENED": "Y", "CLOSED": 0,
             "TITLE": 410, "BEGINDATE": "2024-08-29T10:12:45+03:00", "CLOSEDATE": "", "DATE_MODIFY": "29.08.2024 10:12:45",
             "DATE_CREATE": "2024-08-29T10:12:45", "BIRTHDATE": "29.08.2024", "UPDATED": "1719826800", "TIME_SPENT": "01:30:15",
             "PHONE": [{"ID": "3", "VALUE": "+100"}], "STAGES": {"15": {"ID": "15", "VALUE": "New"}, "3": {"ID": 3, "VALUE": "Won"}},
             "NAMES": {"de": "Angebot", "en": "Offer"}, "CREATOR": {"ID": "1", "VALUE": "Alice"}, "RAW": {"any": [1]}, "UF_CRM_1": "kept"}
            """);

        Assert.Equal((15L, 7L, 3607999.0, 12.5, true, false, "410"), (deal.Id, deal.CompanyId, deal.Opportunity, deal.TaxValue, deal.Opened, deal.Closed, deal.Title));
        Assert.Equal(new DateTimeOffset(2024, 8, 29, 10, 12, 45, TimeSpan.FromHours(3)), deal.BeginDate);
        Assert.Null(deal.CloseDate);
        Assert.Equal(new DateTimeOffset(2024, 8, 29, 10, 12, 45, TimeSpan.Zero), deal.DateModify);
        Assert.Equal(new DateTimeOffset(2024, 8, 29, 10, 12, 45, TimeSpan.Zero), deal.DateCreate);
        Assert.Equal(new DateTime(2024, 8, 29), deal.Birthdate);
        Assert.Equal(1719826800, deal.Updated!.Value.ToUnixTimeSeconds());
        Assert.Equal(new TimeSpan(1, 30, 15), deal.TimeSpent);
        Assert.Equal((3L, "+100"), (Assert.Single(deal.Phone!).Id, deal.Phone![0].Value));
        Assert.Equal(["15", "3"], deal.Stages!.Keys);
        Assert.Equal((3L, "Won"), (deal.Stages["3"].Id, deal.Stages["3"].Value));
        Assert.Equal("Offer", deal.Translations!["en"]);
        Assert.Equal("Alice", deal.Creator!.Value);
        Assert.Equal("""{"any": [1]}""", deal.Raw!.Value.GetRawText());
        Assert.Equal(["UF_CRM_1"], deal.ExtensionData.Keys);
    }

    /// <summary>A value its documented type cannot take is null in the property and kept whole under its name; nothing is dropped.</summary>
    [Fact]
    public void A_misfit_goes_to_extension_data_under_its_name()
    {
        var deal = Read("""
            {"ID": "abc", "OPPORTUNITY": {"x": 1}, "OPENED": "maybe", "TITLE": ["t"], "BEGINDATE": "next week",
             "BIRTHDATE": 5, "UPDATED": "soon", "TIME_SPENT": "1:75", "PHONE": {"items": [{"ID": "3"}]},
             "STAGES": {"1": 5}, "NAMES": {"de": null}, "CREATOR": "Alice"}
            """);

        Assert.Equal(
            ["ID", "OPPORTUNITY", "OPENED", "TITLE", "BEGINDATE", "BIRTHDATE", "UPDATED", "TIME_SPENT", "PHONE", "STAGES", "NAMES", "CREATOR"],
            deal.ExtensionData.Keys);
        Assert.Equal("""{"items": [{"ID": "3"}]}""", deal.ExtensionData["PHONE"].GetRawText());
        Assert.Equal("""{"1": 5}""", deal.ExtensionData["STAGES"].GetRawText());
        Assert.True(deal is { Id: null, Opportunity: null, Opened: null, Title: null, BeginDate: null, Birthdate: null, Updated: null, TimeSpent: null, Phone: null, Stages: null, Translations: null, Creator: null });
    }

    /// <summary><c>null</c> and <c>""</c> are an unset object (not a misfit); <c>[]</c> and <c>{}</c> are an empty one.</summary>
    [Theory]
    [InlineData("null", false)]
    [InlineData("\"\"", false)]
    [InlineData("[]", true)]
    [InlineData("{}", true)]
    public void Empty_and_unset_objects(string json, bool isEmptyObject)
    {
        var deal = Read($$"""{"CREATOR": {{json}}, "PHONE": {{json}}, "STAGES": {{json}}}""");

        Assert.Empty(deal.ExtensionData);
        Assert.Equal(isEmptyObject, deal.Creator is { Id: null, Value: null });
        Assert.Equal(isEmptyObject, deal.Phone is { Count: 0 });
        Assert.Equal(isEmptyObject, deal.Stages is { Count: 0 });
    }

    private static LooseDeal Read(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        Assert.True(LooseDeal.TryRead(ref reader, out var deal));
        Assert.Equal(JsonTokenType.EndObject, reader.TokenType);
        return deal;
    }

    /// <summary>A result class shaped as the generator emits them (one constructor, one switch line per member).</summary>
    private sealed class LooseDeal
    {
        private static readonly JsonPropertyNames Names = new(
            "ID", "COMPANY_ID", "OPPORTUNITY", "TAX_VALUE", "OPENED", "CLOSED", "TITLE", "BEGINDATE", "CLOSEDATE", "DATE_MODIFY",
            "DATE_CREATE", "BIRTHDATE", "UPDATED", "TIME_SPENT", "PHONE", "STAGES", "NAMES", "CREATOR", "RAW");

        private LooseDeal(ref Utf8JsonReader reader, bool isEmpty)
        {
            Dictionary<string, JsonElement>? x = null;
            while (!isEmpty && reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                switch (Names.IndexOf(ref reader))
                {
                    case 0: Id = Names.Int64(ref reader, 0, ref x); break;
                    case 1: CompanyId = Names.Int64(ref reader, 1, ref x); break;
                    case 2: Opportunity = Names.Double(ref reader, 2, ref x); break;
                    case 3: TaxValue = Names.Double(ref reader, 3, ref x); break;
                    case 4: Opened = Names.Boolean(ref reader, 4, ref x); break;
                    case 5: Closed = Names.Boolean(ref reader, 5, ref x); break;
                    case 6: Title = Names.String(ref reader, 6, ref x); break;
                    case 7: BeginDate = Names.DateTime(ref reader, 7, ref x); break;
                    case 8: CloseDate = Names.DateTime(ref reader, 8, ref x); break;
                    case 9: DateModify = Names.DateTime(ref reader, 9, ref x); break;
                    case 10: DateCreate = Names.DateTime(ref reader, 10, ref x); break;
                    case 11: Birthdate = Names.Date(ref reader, 11, ref x); break;
                    case 12: Updated = Names.Timestamp(ref reader, 12, ref x); break;
                    case 13: TimeSpent = Names.Duration(ref reader, 13, ref x); break;
                    case 14: Phone = Names.List<Entry>(ref reader, 14, Entry.TryRead, ref x); break;
                    case 15: Stages = Names.Map<Entry>(ref reader, 15, Entry.TryRead, ref x); break;
                    case 16: Translations = Names.Map<string>(ref reader, 16, JsonValueReader.TryReadStringItem, ref x); break;
                    case 17: Creator = Names.Object<Entry>(ref reader, 17, Entry.TryRead, ref x); break;
                    case 18: Raw = Names.Raw(ref reader); break;
                    default: JsonValueReader.KeepProperty(ref reader, ref x); break;
                }
            }

            ExtensionData = JsonValueReader.ExtensionData(x);
        }

        public long? Id { get; init; }

        public long? CompanyId { get; init; }

        public double? Opportunity { get; init; }

        public double? TaxValue { get; init; }

        public bool? Opened { get; init; }

        public bool? Closed { get; init; }

        public string? Title { get; init; }

        public DateTimeOffset? BeginDate { get; init; }

        public DateTimeOffset? CloseDate { get; init; }

        public DateTimeOffset? DateModify { get; init; }

        public DateTimeOffset? DateCreate { get; init; }

        public DateTime? Birthdate { get; init; }

        public DateTimeOffset? Updated { get; init; }

        public TimeSpan? TimeSpent { get; init; }

        public IReadOnlyList<Entry>? Phone { get; init; }

        public IReadOnlyDictionary<string, Entry>? Stages { get; init; }

        public IReadOnlyDictionary<string, string>? Translations { get; init; }

        public Entry? Creator { get; init; }

        public JsonElement? Raw { get; init; }

        public IReadOnlyDictionary<string, JsonElement> ExtensionData { get; init; }

        public static bool TryRead(ref Utf8JsonReader reader, out LooseDeal value)
        {
            var ok = JsonValueReader.TryStartObject(ref reader, out var isEmpty);
            value = ok ? new LooseDeal(ref reader, isEmpty) : null!;
            return ok;
        }
    }

    private sealed class Entry
    {
        private static readonly JsonPropertyNames Names = new("ID", "VALUE");

        private Entry(ref Utf8JsonReader reader, bool isEmpty)
        {
            Dictionary<string, JsonElement>? x = null;
            while (!isEmpty && reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                switch (Names.IndexOf(ref reader))
                {
                    case 0: Id = Names.Int64(ref reader, 0, ref x); break;
                    case 1: Value = Names.String(ref reader, 1, ref x); break;
                    default: JsonValueReader.KeepProperty(ref reader, ref x); break;
                }
            }

            ExtensionData = JsonValueReader.ExtensionData(x);
        }

        public long? Id { get; init; }

        public string? Value { get; init; }

        public IReadOnlyDictionary<string, JsonElement> ExtensionData { get; init; }

        public static bool TryRead(ref Utf8JsonReader reader, out Entry value)
        {
            var ok = JsonValueReader.TryStartObject(ref reader, out var isEmpty);
            value = ok ? new Entry(ref reader, isEmpty) : null!;
            return ok;
        }
    }
}
