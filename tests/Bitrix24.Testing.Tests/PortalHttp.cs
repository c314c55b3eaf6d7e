using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;

namespace Bitrix24.Testing.Tests;

/// <summary>Raw HTTP against the fake portal: what a client would send, with no Bitrix24 client involved.</summary>
internal static class PortalHttp
{
    private static readonly HttpClient Http = new();

    public static async Task<(HttpStatusCode Status, JsonElement Json)> Post(string url, string body, string? idempotencyKey = null)
    {
        var answer = await Send(url, body, idempotencyKey);
        return (answer.Status, JsonElement.Parse(answer.Body));
    }

    public static async Task<Answer> Send(string url, string body, string? idempotencyKey = null, HttpClient? http = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (idempotencyKey is not null)
        {
            request.Headers.TryAddWithoutValidation("Idempotency-Key", idempotencyKey);
        }

        using var response = await (http ?? Http).SendAsync(request, TestContext.Current.CancellationToken);
        return new Answer(
            response.StatusCode,
            response.Content.Headers.ContentType?.MediaType ?? string.Empty,
            await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken),
            Header(response, "Idempotency-Key"),
            Header(response, "Idempotent-Replayed"));
    }

    public static async Task<(HttpStatusCode Status, JsonElement Json)> Get(string url)
    {
        var (status, body) = await GetText(url);
        return (status, JsonElement.Parse(body));
    }

    public static async Task<(HttpStatusCode Status, string Body)> GetText(string url)
    {
        using var response = await Http.GetAsync(url, TestContext.Current.CancellationToken);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    /// <summary>POSTs <paramref name="form"/>, already url-encoded, as <c>application/x-www-form-urlencoded</c>.</summary>
    public static Task<(HttpStatusCode Status, JsonElement Json)> PostForm(string url, string form)
        => PostContent(url, new StringContent(form, Encoding.UTF8, "application/x-www-form-urlencoded"));

    /// <summary>POSTs the fields as <c>multipart/form-data</c> text parts, in order.</summary>
    public static Task<(HttpStatusCode Status, JsonElement Json)> PostMultipart(string url, params (string Name, string Value)[] fields)
    {
        var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        return PostContent(url, content);
    }

    private static async Task<(HttpStatusCode Status, JsonElement Json)> PostContent(string url, HttpContent content)
    {
        using (content)
        {
            using var response = await Http.PostAsync(url, content, TestContext.Current.CancellationToken);
            return await Read(response);
        }
    }

    private static async Task<(HttpStatusCode Status, JsonElement Json)> Read(HttpResponseMessage response)
        => (response.StatusCode, JsonElement.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)));

    public static string Rest3(this FakePortal portal) => portal.WebhookUrl.Replace("/rest/", "/rest/api/", StringComparison.Ordinal);

    private static string? Header(HttpResponseMessage response, string name)
        => response.Headers.TryGetValues(name, out var values) ? values.Single() : null;

    /// <summary>One answer: status, media type, body and the idempotency headers.</summary>
    public sealed record Answer(HttpStatusCode Status, string MediaType, string Body, string? IdempotencyKey, string? Replayed);
}
