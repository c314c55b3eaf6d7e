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
    private static readonly byte[] Page = Encoding.UTF8.GetBytes("[" + string.Join(",", Enumerable.Range(1, 50).Select(id => DealJson.Row(id, $"Deal #{id}"))) + "]");

    private JsonValueParser<IReadOnlyList<Bitrix24.Generated.Crm.DealGet.Deal>> _generated = null!;

    [GlobalSetup]
    public void Setup()
    {
        // The generated reader is internal to the client; its method description (public type) carries it.
        var field = typeof(CrmDealMethods).GetField("GetMethod", BindingFlags.NonPublic | BindingFlags.Static)
            ?? throw new InvalidOperationException("The generated crm.deal.get method field was renamed.");
        var method = (Bitrix24Method<Bitrix24.Generated.Crm.DealGet.Deal>)field.GetValue(null)!;
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
}
