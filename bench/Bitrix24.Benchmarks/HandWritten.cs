using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bitrix24.Benchmarks;

/// <summary>What a careful hand-written client uses: STJ source-generated DTOs for the same call.</summary>
public sealed record DealGetParameters([property: JsonPropertyName("id")] long Id);

/// <summary>
/// The deal as a careful hand-written client types it: all 44 documented fields with the C# types the generated
/// <c>Crm.DealGet.Deal</c> (the type crm.deal.get's page defines) gives them (ids <c>long?</c>, money <c>double?</c>, dates <c>DateTime?</c>/<c>DateTimeOffset?</c>,
/// flags and statuses <c>string?</c>), and only the custom <c>UF_*</c>/<c>PARENT_ID_*</c> fields left to
/// <c>[JsonExtensionData]</c> — the same work the generated reader does, so the comparison is fair.
/// </summary>
public sealed class HandWrittenDeal
{
    [JsonPropertyName("ID")] public long? Id { get; set; }
    [JsonPropertyName("TITLE")] public string? Title { get; set; }
    [JsonPropertyName("TYPE_ID")] public string? TypeId { get; set; }
    [JsonPropertyName("CATEGORY_ID")] public long? CategoryId { get; set; }
    [JsonPropertyName("STAGE_ID")] public string? StageId { get; set; }
    [JsonPropertyName("STAGE_SEMANTIC_ID")] public string? StageSemanticId { get; set; }
    [JsonPropertyName("IS_NEW")] public string? IsNew { get; set; }
    [JsonPropertyName("IS_RECURRING")] public string? IsRecurring { get; set; }
    [JsonPropertyName("IS_RETURN_CUSTOMER")] public string? IsReturnCustomer { get; set; }
    [JsonPropertyName("IS_REPEATED_APPROACH")] public string? IsRepeatedApproach { get; set; }
    [JsonPropertyName("PROBABILITY")] public long? Probability { get; set; }
    [JsonPropertyName("CURRENCY_ID")] public string? CurrencyId { get; set; }
    [JsonPropertyName("OPPORTUNITY")] public double? Opportunity { get; set; }
    [JsonPropertyName("IS_MANUAL_OPPORTUNITY")] public string? IsManualOpportunity { get; set; }
    [JsonPropertyName("TAX_VALUE")] public double? TaxValue { get; set; }
    [JsonPropertyName("COMPANY_ID")] public long? CompanyId { get; set; }
    [JsonPropertyName("CONTACT_ID")] public long? ContactId { get; set; }
    [JsonPropertyName("QUOTE_ID")] public long? QuoteId { get; set; }
    [JsonPropertyName("BEGINDATE")] public DateTime? Begindate { get; set; }
    [JsonPropertyName("CLOSEDATE")] public DateTime? Closedate { get; set; }
    [JsonPropertyName("OPENED")] public string? Opened { get; set; }
    [JsonPropertyName("CLOSED")] public string? Closed { get; set; }
    [JsonPropertyName("COMMENTS")] public string? Comments { get; set; }
    [JsonPropertyName("ASSIGNED_BY_ID")] public long? AssignedById { get; set; }
    [JsonPropertyName("CREATED_BY_ID")] public long? CreatedById { get; set; }
    [JsonPropertyName("MODIFY_BY_ID")] public long? ModifyById { get; set; }
    [JsonPropertyName("MOVED_BY_ID")] public long? MovedById { get; set; }
    [JsonPropertyName("DATE_CREATE")] public DateTimeOffset? DateCreate { get; set; }
    [JsonPropertyName("DATE_MODIFY")] public DateTimeOffset? DateModify { get; set; }
    [JsonPropertyName("MOVED_TIME")] public DateTimeOffset? MovedTime { get; set; }
    [JsonPropertyName("SOURCE_ID")] public string? SourceId { get; set; }
    [JsonPropertyName("SOURCE_DESCRIPTION")] public string? SourceDescription { get; set; }
    [JsonPropertyName("LEAD_ID")] public long? LeadId { get; set; }
    [JsonPropertyName("ADDITIONAL_INFO")] public string? AdditionalInfo { get; set; }
    [JsonPropertyName("LOCATION_ID")] public string? LocationId { get; set; }
    [JsonPropertyName("ORIGINATOR_ID")] public string? OriginatorId { get; set; }
    [JsonPropertyName("ORIGIN_ID")] public string? OriginId { get; set; }
    [JsonPropertyName("UTM_SOURCE")] public string? UtmSource { get; set; }
    [JsonPropertyName("UTM_MEDIUM")] public string? UtmMedium { get; set; }
    [JsonPropertyName("UTM_CAMPAIGN")] public string? UtmCampaign { get; set; }
    [JsonPropertyName("UTM_CONTENT")] public string? UtmContent { get; set; }
    [JsonPropertyName("UTM_TERM")] public string? UtmTerm { get; set; }
    [JsonPropertyName("LAST_ACTIVITY_TIME")] public DateTimeOffset? LastActivityTime { get; set; }
    [JsonPropertyName("LAST_ACTIVITY_BY")] public long? LastActivityBy { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? Extra { get; set; }
}

public sealed record DealEnvelope(
    [property: JsonPropertyName("result")] HandWrittenDeal? Result,
    [property: JsonPropertyName("time")] JsonElement? Time);

[JsonSourceGenerationOptions(NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(DealGetParameters))]
[JsonSerializable(typeof(DealEnvelope))]
[JsonSerializable(typeof(List<HandWrittenDeal>))]
public sealed partial class HandWrittenJson : JsonSerializerContext;
