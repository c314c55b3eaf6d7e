using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Bitrix24.Testing.Idempotency;
using Bitrix24.Testing.Protocol;
using Microsoft.AspNetCore.Http;

namespace Bitrix24.Testing.Handling;

/// <summary>
/// The <c>/rest/{**path}</c> route: reads the HTTP request (REST version, method, body, headers), serves it through
/// the <see cref="CallPipeline"/>, records it, and delivers the reply.
/// </summary>
internal sealed class RestEndpoint(CallPipeline pipeline, FakeIdempotency idempotency, FakeFaults faults, ConcurrentQueue<RecordedCall> calls)
{
    public const string Route = "/rest/{**path}";

    public async Task HandleAsync(HttpContext context)
    {
        var request = await ReadAsync(context).ConfigureAwait(false);
        using var inFlight = request.IdempotencyKey is { } key ? idempotency.Enter(request.Scope, request.Method.ToLowerInvariant(), key) : null;
        var (reply, userId) = pipeline.Serve(request);
        var status = FaultReplies.Aborts(reply.Fault) ? 0 : reply.Status;
        calls.Enqueue(new RecordedCall(request.Method, request.RestVersion, userId, request.Body, status, request.IdempotencyKey, reply.Fault) { Query = request.Query });
        await ReplyDelivery.DeliverAsync(context, reply, request.IdempotencyKey, faults.SlowDelay).ConfigureAwait(false);
    }

    private static async Task<RestRequest> ReadAsync(HttpContext context)
    {
        var path = ((string?)context.Request.RouteValues["path"] ?? string.Empty).Split('/', StringSplitOptions.RemoveEmptyEntries).ToList();
        var restVersion = path.Count > 0 && path[0] == "api" ? 3 : 2;
        if (restVersion == 3)
        {
            path.RemoveAt(0);
        }

        var method = path.Count switch
        {
            3 => StripJsonSuffix(path[2]),
            1 => StripJsonSuffix(path[0]),
            _ => string.Empty,
        };
        context.Request.EnableBuffering();
        var body = await new StreamReader(context.Request.Body, Encoding.UTF8, leaveOpen: true).ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
        context.Request.Body.Position = 0;
        var key = restVersion == 3 && context.Request.Headers.TryGetValue(RestHeaders.IdempotencyKey, out var header) ? header.ToString() : null;
        var query = context.Request.QueryString.HasValue ? context.Request.QueryString.Value![1..] : string.Empty;
        return new RestRequest(path, method, restVersion, body, key, context.Request.Query["auth"].ToString(), query, await FormAsync(context, body).ConfigureAwait(false));
    }

    /// <summary>A form body as a query string: an url-encoded one as sent, a multipart one's text fields encoded alike (files are not parameters).</summary>
    private static async Task<string?> FormAsync(HttpContext context, string body)
    {
        if (!context.Request.HasFormContentType)
        {
            return null;
        }

        if (!context.Request.ContentType!.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase))
        {
            return body;
        }

        try
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
            return string.Join('&', form.SelectMany(field => field.Value.Select(value => Uri.EscapeDataString(field.Key) + "=" + Uri.EscapeDataString(value ?? string.Empty))));
        }
        catch (InvalidDataException)
        {
            // A form the server cannot read (no boundary, broken parts, over the form limits) carries no parameters.
            return string.Empty;
        }
    }

    private static string StripJsonSuffix(string method)
        => method.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? method[..^".json".Length] : method;
}
