using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Bitrix24.Testing.Batch;
using Bitrix24.Testing.Crm;
using Bitrix24.Testing.Idempotency;
using Bitrix24.Testing.Limits;
using Bitrix24.Testing.Methods;
using Bitrix24.Testing.OAuth;
using Bitrix24.Testing.Protocol;
using Bitrix24.Testing.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Bitrix24.Testing;

/// <summary>
/// An in-process fake Bitrix24 portal on 127.0.0.1 (a free port), speaking the REST protocol over real HTTP.
/// It implements the seed CRM methods with their documented behaviour and errors, answers in the portal's loosely
/// typed JSON, and has two webhooks: <see cref="WebhookUrl"/> (user 1, full rights) and <see cref="RestrictedWebhookUrl"/>
/// (user 2, no CRM permissions), plus one OAuth application (<see cref="OAuth"/>).
/// <code>await using var portal = await FakePortal.StartAsync();</code>
/// </summary>
public sealed class FakePortal : IAsyncDisposable
{
    private const string AdminUser = "1";
    private const string RestrictedUser = "2";
    private const string IdempotencyKeyHeader = "Idempotency-Key";

    private readonly WebApplication _app;
    private readonly Dictionary<string, string> _secrets;
    private readonly List<RecordedCall> _calls = [];
    private readonly List<FakeExecution> _executions = [];
    private readonly MethodRunner _runner;
    private readonly Rest2Batch _rest2Batch;
    private readonly Rest3Batch _rest3Batch;

    private FakePortal(WebApplication app)
    {
        _app = app;
        _secrets = new Dictionary<string, string>(StringComparer.Ordinal) { [AdminUser] = NewSecret(), [RestrictedUser] = NewSecret() };
        OAuth = new FakeOAuth(() => BaseUrl);
        _runner = new MethodRunner(Crm, Tasks, Limits, Faults, RecordExecution);
        _rest2Batch = new Rest2Batch(_runner, Batch);
        _rest3Batch = new Rest3Batch(_runner);
    }

    /// <summary>The portal's address, <c>http://127.0.0.1:&lt;port&gt;/</c>.</summary>
    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>The webhook of user 1, who may do everything.</summary>
    public string WebhookUrl => $"{BaseUrl}rest/{AdminUser}/{_secrets[AdminUser]}/";

    /// <summary>The webhook of user 2, who has no CRM permissions (every CRM method answers its access error).</summary>
    public string RestrictedWebhookUrl => $"{BaseUrl}rest/{RestrictedUser}/{_secrets[RestrictedUser]}/";

    /// <summary>The webhook secret of user 1 (tests assert it never leaks).</summary>
    public string WebhookSecret => _secrets[AdminUser];

    /// <summary>
    /// Every secret this portal has handed out: both webhook secrets, the OAuth client secret, and every access and
    /// refresh token issued (revoked ones too). Assert that none of them appears in your logs, traces or exceptions.
    /// </summary>
    public IReadOnlyList<string> Secrets => [.. _secrets.Values, .. OAuth.Secrets];

    /// <summary>The in-memory CRM: seed it, inspect it.</summary>
    public FakeCrm Crm { get; } = new();

    /// <summary>The in-memory tasks (REST 3.0).</summary>
    public FakeTasks Tasks { get; } = new();

    /// <summary>Injected answers and faults.</summary>
    public FakeFaults Faults { get; } = new();

    /// <summary>The request-rate and operating limits; both off by default.</summary>
    public FakeLimits Limits { get; } = new();

    /// <summary>How <c>batch</c> treats what the documentation leaves open.</summary>
    public FakeBatch Batch { get; } = new();

    /// <summary>The registered OAuth application and its token endpoint.</summary>
    public FakeOAuth OAuth { get; }

    /// <summary>REST 3.0 <c>Idempotency-Key</c> bookkeeping.</summary>
    public FakeIdempotency Idempotency { get; } = new();

    /// <summary>Every HTTP request to <c>/rest/</c> received so far.</summary>
    public IReadOnlyList<RecordedCall> Calls
    {
        get
        {
            lock (_calls)
            {
                return _calls.ToList();
            }
        }
    }

    /// <summary>Every method body that actually ran so far, batch commands one by one.</summary>
    public IReadOnlyList<FakeExecution> Executions
    {
        get
        {
            lock (_executions)
            {
                return _executions.ToList();
            }
        }
    }

    /// <summary>Starts a portal on a free loopback port.</summary>
    public static async Task<FakePortal> StartAsync(CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var portal = new FakePortal(app);
        app.Map("/rest/{**path}", portal.HandleAsync);
        app.Map("/oauth/token/", portal.OAuth.HandleTokenRequestAsync);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        portal.BaseUrl = app.Urls.First().TrimEnd('/') + "/";
        return portal;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private static string NewSecret()
    {
        const string alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
        return RandomNumberGenerator.GetString(alphabet, 16);
    }

    private void RecordExecution(FakeExecution execution)
    {
        lock (_executions)
        {
            _executions.Add(execution);
        }
    }

    private async Task HandleAsync(HttpContext context)
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
        var body = await new StreamReader(context.Request.Body, Encoding.UTF8).ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
        var key = restVersion == 3 && context.Request.Headers.TryGetValue(IdempotencyKeyHeader, out var header) ? header.ToString() : null;
        var request = new RestRequest(path, method, restVersion, body, key, context.Request.Query["auth"].ToString());
        using var inFlight = key is null ? null : Idempotency.Enter(path.Count == 3 ? "webhook:" + path[0] : "app", method.ToLowerInvariant(), key);
        var (reply, userId) = Serve(request);
        var aborts = reply.Fault is FakeFault.ConnectionReset or FakeFault.LostResponse;
        lock (_calls)
        {
            _calls.Add(new RecordedCall(method, restVersion, userId, body, aborts ? 0 : reply.Status, key, reply.Fault));
        }

        await DeliverAsync(context, reply, key).ConfigureAwait(false);
    }

    private (Reply Reply, string UserId) Serve(RestRequest request)
    {
        var userId = request.Path.Count == 3 ? request.Path[0] : string.Empty;
        if (!Limits.TryAdmitRequest())
        {
            return (Error(RestError.QueryLimitExceeded, request.RestVersion), userId);
        }

        var periodic = Faults.TakePeriodic();
        using var document = ParseBody(request.Body);
        if (Authenticate(request, document) is not { } caller)
        {
            var refusal = AuthenticationError(request, document);
            var tokenError = refusal == RestError.ExpiredToken || refusal == RestError.InvalidToken;
            return (Error(refusal, tokenError ? 2 : request.RestVersion), userId);
        }

        userId = caller.UserId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var injection = periodic is { } fault ? new Injection(null, fault) : Faults.Take(request.Method);
        if (injection is { Answer: { } answer })
        {
            return (answer.Error is { } error ? Error(error, request.RestVersion) : new Reply(answer.Status, answer.ContentType, Encoding.UTF8.GetBytes(answer.RawBody ?? string.Empty)), userId);
        }

        if (injection?.Fault is { } unexecuted && Refusal(unexecuted, request.RestVersion) is { } refused)
        {
            return (refused with { Fault = unexecuted }, userId);
        }

        var executed = document is null
            ? Error(request.RestVersion == 3 ? Rest3Errors.InvalidJson : RestError.BadRequest("INVALID_REQUEST", "The request body is not valid JSON"), request.RestVersion)
            : ExecuteOnce(caller, request, WithoutAuth(document.RootElement));
        return (injection?.Fault is { } spoiler ? executed with { Fault = spoiler } : executed, userId);
    }

    /// <summary>Runs the call, honouring a REST 3.0 <c>Idempotency-Key</c> for write methods.</summary>
    private Reply ExecuteOnce(Caller caller, RestRequest request, JsonElement parameters)
    {
        if (request.IdempotencyKey is not { } key || _runner.Find(request.RestVersion, request.Method) is not { IsWrite: true } handler)
        {
            return Execute(caller, request, parameters);
        }

        if (!FakeIdempotency.IsValid(key))
        {
            return Error(Rest3Errors.InvalidIdempotencyKey, 3);
        }

        var parametersJson = parameters.GetRawText();
        if (Idempotency.Find(caller.Scope, handler.Method, key) is { } stored)
        {
            return stored.ParametersJson == parametersJson
                ? new Reply(stored.Status, Envelope.JsonContentType, stored.Body, Replayed: true)
                : Error(Rest3Errors.IdempotencyKeyReused, 3);
        }

        var reply = Execute(caller, request, parameters);
        if (reply.Status == 200)
        {
            Idempotency.Store(caller.Scope, handler.Method, key, new StoredAnswer(parametersJson, reply.Status, reply.Body, DateTimeOffset.UtcNow));
        }

        return reply;
    }

    private Reply Execute(Caller caller, RestRequest request, JsonElement parameters)
    {
        var started = DateTimeOffset.UtcNow;
        try
        {
            if (request.Method.Equals("batch", StringComparison.OrdinalIgnoreCase))
            {
                var result = request.RestVersion == 3 ? _rest3Batch.Run(caller, parameters) : _rest2Batch.Run(caller, new Parameters(parameters));
                return Success(Envelope.Success(result, null, null, _runner.Idle(started)));
            }
        }
        catch (RestException exception)
        {
            return Error(exception.Error, request.RestVersion);
        }

        var outcome = _runner.Run(caller, request.RestVersion, request.Method, parameters, request.IdempotencyKey, inBatch: false);
        return outcome.Result is { } done
            ? Success(Envelope.Success(done, outcome.Total, outcome.Next, outcome.Time))
            : Error(outcome.Error!, request.RestVersion);

        static Reply Success(byte[] body) => new(200, Envelope.JsonContentType, body);
    }

    private Caller? Authenticate(RestRequest request, JsonDocument? document)
    {
        if (request.Path.Count == 3)
        {
            return _secrets.TryGetValue(request.Path[0], out var secret) && secret == request.Path[1]
                ? new Caller("webhook:" + request.Path[0], long.Parse(request.Path[0], System.Globalization.CultureInfo.InvariantCulture))
                : null;
        }

        return request.Path.Count == 1 && AccessToken(request, document) is { } token && OAuth.Check(token) == AccessCheck.Valid
            ? new Caller("app", 1)
            : null;
    }

    /// <summary>Why a call was not authenticated. Token errors keep the REST 2 shape on REST 3.0 too: they come from the OAuth layer, not from a method.</summary>
    private RestError AuthenticationError(RestRequest request, JsonDocument? document)
    {
        if (request.Path.Count != 1 || AccessToken(request, document) is not { } token)
        {
            return RestError.WrongAuthorization;
        }

        return OAuth.Check(token) == AccessCheck.Expired ? RestError.ExpiredToken : RestError.InvalidToken;
    }

    private static string? AccessToken(RestRequest request, JsonDocument? document)
    {
        if (request.QueryAuth.Length > 0)
        {
            return request.QueryAuth;
        }

        return document?.RootElement is { ValueKind: JsonValueKind.Object } root && root.TryGetProperty("auth", out var auth) && auth.ValueKind == JsonValueKind.String
            ? auth.GetString()
            : null;
    }

    /// <summary>The answer of a fault that stops the call before it runs, or null for faults that spoil a delivered answer.</summary>
    private static Reply? Refusal(FakeFault fault, int restVersion) => fault switch
    {
        FakeFault.Http500 => Error(RestError.InternalServerError, restVersion),
        FakeFault.Http502Html => new Reply(502, HtmlPages.ContentType, HtmlPages.Page(502, "Bad Gateway")),
        FakeFault.Http503Html => new Reply(503, HtmlPages.ContentType, HtmlPages.Page(503, "Service Temporarily Unavailable")),
        FakeFault.QueryLimitExceeded => Error(RestError.QueryLimitExceeded, restVersion),
        FakeFault.OverloadLimit => Error(RestError.OverloadLimit, restVersion),
        FakeFault.HtmlErrorPage => new Reply(200, HtmlPages.ContentType, HtmlPages.Page(500, "Internal Server Error")),
        FakeFault.ConnectionReset => new Reply(0, string.Empty, [], Fault: FakeFault.ConnectionReset),
        _ => null,
    };

    /// <summary>Sends the reply, spoiled by its fault if it has one.</summary>
    private async Task DeliverAsync(HttpContext context, Reply reply, string? idempotencyKey)
    {
        if (reply.Fault is FakeFault.ConnectionReset or FakeFault.LostResponse)
        {
            context.Abort();
            return;
        }

        if (reply.Fault == FakeFault.SlowResponse)
        {
            try
            {
                await Task.Delay(Faults.SlowDelay, context.RequestAborted).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        if (idempotencyKey is not null)
        {
            context.Response.Headers[IdempotencyKeyHeader] = idempotencyKey;
        }

        if (reply.Replayed)
        {
            context.Response.Headers["Idempotent-Replayed"] = "true";
        }

        var body = reply.Fault == FakeFault.TruncatedJson ? reply.Body.AsMemory(0, reply.Body.Length / 2) : reply.Body;
        context.Response.StatusCode = reply.Status;
        context.Response.ContentType = reply.ContentType;
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
    }

    private static JsonDocument? ParseBody(string body)
    {
        try
        {
            return JsonDocument.Parse(body.Length == 0 ? "{}" : body);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The parameters without <c>auth</c>, which belongs to the transport, not to the method.</summary>
    private static JsonElement WithoutAuth(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("auth", out _))
        {
            return root;
        }

        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var member in root.EnumerateObject().Where(member => member.Name != "auth"))
            {
                member.WriteTo(writer);
            }

            writer.WriteEndObject();
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }

    private static Reply Error(RestError error, int restVersion) => new(error.Status, Envelope.JsonContentType, Envelope.Error(error, restVersion));

    private static string StripJsonSuffix(string method)
        => method.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? method[..^".json".Length] : method;
}
