using System.Net.Http;
using System.Net.Http.Json;
using System.Text;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Bitrix24.Client;
using Bitrix24.Generated;
using Bitrix24.Generated.Crm;

namespace Bitrix24.Benchmarks;

/// <summary>
/// One crm.deal.get call over an in-memory handler (fixed bytes): the generated client on the bare transport (no limits,
/// no retries) and on the default production pipeline (rate limiter, operating budget, retry strategy, telemetry with no
/// listener; the bucket is made big enough never to wait) vs the same request done by hand with HttpClient and
/// System.Text.Json source generation. Loopback HTTP would swamp all three.
/// </summary>
[MemoryDiagnoser]
public class CallOverheadBenchmarks
{
    private const string Webhook = "https://portal.example/rest/1/benchmarksecret00/";

    private static readonly byte[] Answer = Encoding.UTF8.GetBytes(
        "{\"result\":" + DealJson.Row(410, "New Deal #1")
        + ""","time":{"start":1725020945.541275,"finish":1725020946.179076,"duration":0.637800931930542,"processing":0.21427488327026367,"date_start":"2024-08-30T14:29:05+02:00","date_finish":"2024-08-30T14:29:06+02:00","operating":0}}""");

    private readonly HttpClient _http = new(new FixedResponseHandler(Answer));
    private IBitrix24Api _bare = null!;
    private IBitrix24Api _pipeline = null!;

    [GlobalSetup]
    public void Setup()
    {
        _bare = new Bitrix24Api(new Bitrix24Client(
            new Bitrix24ClientOptions
            {
                WebhookUrl = Webhook,
                RateLimit = { Enabled = false },
                OperatingLimit = { Enabled = false },
                Retry = { MaxRetries = 0 },
            },
            _http));
        _pipeline = new Bitrix24Api(new Bitrix24Client(
            new Bitrix24ClientOptions { WebhookUrl = Webhook, RateLimit = { Capacity = int.MaxValue, DrainPerSecond = 1000 } },
            _http));
    }

    [Benchmark(Baseline = true)]
    public async Task<string?> HandWrittenHttpClientAndStj()
    {
        using var response = await _http.PostAsJsonAsync(Webhook + "crm.deal.get", new DealGetParameters(410), HandWrittenJson.Default.DealGetParameters);
        var envelope = await response.Content.ReadFromJsonAsync(HandWrittenJson.Default.DealEnvelope);
        return envelope?.Result?.Title;
    }

    [Benchmark]
    public Task<string?> GeneratedClientBareTransport() => GetTitle(_bare);

    [Benchmark]
    public Task<string?> GeneratedClientDefaultPipeline() => GetTitle(_pipeline);

    private static async Task<string?> GetTitle(IBitrix24Api api)
    {
#pragma warning disable CS0618 // crm.deal.get is deprecated; it is the seed method with the richest result.
        var response = await api.Crm.Deal.GetAsync(new DealGetRequest { Id = 410 });
#pragma warning restore CS0618
        return response.Result.Title;
    }
}
