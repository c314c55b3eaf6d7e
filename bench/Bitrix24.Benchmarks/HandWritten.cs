using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bitrix24.Benchmarks;

/// <summary>What a careful hand-written client uses: STJ source-generated DTOs for the same call.</summary>
public sealed record DealGetParameters([property: JsonPropertyName("id")] long Id);

public sealed class HandWrittenDeal
{
    [JsonPropertyName("ID")] public long? Id { get; set; }
    [JsonPropertyName("TITLE")] public string? Title { get; set; }
    [JsonPropertyName("STAGE_ID")] public string? StageId { get; set; }
    [JsonPropertyName("CURRENCY_ID")] public string? CurrencyId { get; set; }
    [JsonPropertyName("OPPORTUNITY")] public double? Opportunity { get; set; }
    [JsonPropertyName("COMPANY_ID")] public long? CompanyId { get; set; }
    [JsonPropertyName("CONTACT_ID")] public long? ContactId { get; set; }
    [JsonPropertyName("ASSIGNED_BY_ID")] public long? AssignedById { get; set; }
    [JsonPropertyName("DATE_CREATE")] public DateTimeOffset? DateCreate { get; set; }
    [JsonPropertyName("DATE_MODIFY")] public DateTimeOffset? DateModify { get; set; }
    [JsonPropertyName("OPENED")] public string? Opened { get; set; }
    [JsonPropertyName("CLOSED")] public string? Closed { get; set; }
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
