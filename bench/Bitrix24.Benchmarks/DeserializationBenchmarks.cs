using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Bitrix24.Client.Json;
using Bitrix24.Client.Transport;
using Bitrix24.Generated;
using Bitrix24.Generated.Crm;

namespace Bitrix24.Benchmarks;

/// <summary>
/// Reading a 50-row page of deals (every standard field, custom UF fields, loose values) from bytes: the generated
/// tolerant reader vs System.Text.Json source generation into the hand-written DTO. No HTTP, no envelope.
/// </summary>
[MemoryDiagnoser]
public class DeserializationBenchmarks
{
    private static readonly byte[] Page = Encoding.UTF8.GetBytes("[" + string.Join(",", Enumerable.Range(1, 50).Select(Row)) + "]");

    private JsonValueParser<IReadOnlyList<DealGetResult>> _generated = null!;

    [GlobalSetup]
    public void Setup()
    {
        // The generated reader is internal to the client; its method description (public type) carries it.
        var field = typeof(CrmDealMethods).GetField("GetMethod", BindingFlags.NonPublic | BindingFlags.Static)
            ?? throw new InvalidOperationException("The generated crm.deal.get method field was renamed.");
        var method = (Bitrix24Method<DealGetResult>)field.GetValue(null)!;
        _generated = JsonValueReader.ListParser(method.ParseResult);
    }

    [Benchmark(Baseline = true)]
    public int HandWrittenStj() => JsonSerializer.Deserialize(Page, HandWrittenJson.Default.ListHandWrittenDeal)!.Count;

    [Benchmark]
    public int GeneratedReader()
    {
        var reader = new Utf8JsonReader(Page);
        reader.Read();
        return _generated(ref reader, out var rows) ? rows.Count : -1;
    }

    private static string Row(int id) => $$"""
        {"ID":"{{id}}","TITLE":"Deal #{{id}}","TYPE_ID":"COMPLEX","STAGE_ID":"PREPARATION","PROBABILITY":"99","CURRENCY_ID":"EUR",
        "OPPORTUNITY":"1000000.00","IS_MANUAL_OPPORTUNITY":"Y","TAX_VALUE":"0.00","LEAD_ID":null,"COMPANY_ID":"9","CONTACT_ID":"84",
        "QUOTE_ID":null,"BEGINDATE":"2024-08-30T02:00:00+02:00","CLOSEDATE":"2024-09-09T02:00:00+02:00","ASSIGNED_BY_ID":"1",
        "CREATED_BY_ID":"1","MODIFY_BY_ID":"1","DATE_CREATE":"2024-08-30T14:29:00+02:00","DATE_MODIFY":"2024-08-30T14:29:00+02:00",
        "OPENED":"Y","CLOSED":"N","COMMENTS":"","ADDITIONAL_INFO":"","LOCATION_ID":null,"CATEGORY_ID":"0","STAGE_SEMANTIC_ID":"P",
        "IS_NEW":"N","IS_RECURRING":"N","IS_RETURN_CUSTOMER":"N","IS_REPEATED_APPROACH":"N","SOURCE_ID":"CALLBACK","SOURCE_DESCRIPTION":"",
        "ORIGINATOR_ID":null,"ORIGIN_ID":null,"MOVED_BY_ID":"1","MOVED_TIME":"2024-08-30T14:29:00+02:00",
        "LAST_ACTIVITY_TIME":"2024-08-30T14:29:00+02:00","UTM_SOURCE":null,"UTM_MEDIUM":null,"UTM_CAMPAIGN":null,"UTM_CONTENT":null,
        "UTM_TERM":null,"PARENT_ID_1220":"22","LAST_ACTIVITY_BY":"1","UF_CRM_1721244482250":"Hello world!","UF_CRM_LIST":["1","2"]}
        """;
}
