using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Bitrix24.Testing.Crm;
using Bitrix24.Testing.Methods;
using Bitrix24.Testing.Protocol;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Bitrix24.Testing;

/// <summary>
/// An in-process fake Bitrix24 portal on 127.0.0.1 (a free port), speaking the REST protocol over real HTTP.
/// It implements the seed CRM methods with their documented behaviour and errors, answers in the portal's loosely
/// typed JSON, and has two webhooks: <see cref="WebhookUrl"/> (user 1, full rights) and <see cref="RestrictedWebhookUrl"/>
/// (user 2, no CRM permissions).
/// <code>await using var portal = await FakePortal.StartAsync();</code>
/// </summary>
public sealed class FakePortal : IAsyncDisposable
{
    private const string AdminUser = "1";
    private const string RestrictedUser = "2";

    private readonly WebApplication _app;
    private readonly Dictionary<string, IMethodHandler> _handlers;
    private readonly Dictionary<string, string> _secrets;
    private readonly List<RecordedCall> _calls = [];
    private readonly DateTimeOffset _operatingResetBase = DateTimeOffset.UtcNow;

    private FakePortal(WebApplication app)
    {
        _app = app;
        _secrets = new Dictionary<string, string>(StringComparer.Ordinal) { [AdminUser] = NewSecret(), [RestrictedUser] = NewSecret() };
        _handlers = new IMethodHandler[]
        {
            new DealGetHandler(), new ActivityBindingAddHandler(), new ActivityBindingMoveHandler(),
            new ContactCompanyItemsSetHandler(), new ActivityUpdateHandler(),
        }.ToDictionary(handler => handler.Method, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The portal's address, <c>http://127.0.0.1:&lt;port&gt;/</c>.</summary>
    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>The webhook of user 1, who may do everything.</summary>
    public string WebhookUrl => $"{BaseUrl}rest/{AdminUser}/{_secrets[AdminUser]}/";

    /// <summary>The webhook of user 2, who has no CRM permissions (every CRM method answers its access error).</summary>
    public string RestrictedWebhookUrl => $"{BaseUrl}rest/{RestrictedUser}/{_secrets[RestrictedUser]}/";

    /// <summary>The webhook secret of user 1 (tests assert it never leaks).</summary>
    public string WebhookSecret => _secrets[AdminUser];

    /// <summary>The in-memory CRM: seed it, inspect it.</summary>
    public FakeCrm Crm { get; } = new();

    /// <summary>One-shot injected answers.</summary>
    public FakeFaults Faults { get; } = new();

    /// <summary>Every call received so far.</summary>
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

    /// <summary>Starts a portal on a free loopback port.</summary>
    public static async Task<FakePortal> StartAsync(CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var portal = new FakePortal(app);
        app.Map("/rest/{**path}", portal.HandleAsync);
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
        return new string(Enumerable.Range(0, 16).Select(_ => alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)]).ToArray());
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = ((string?)context.Request.RouteValues["path"] ?? string.Empty).Split('/', StringSplitOptions.RemoveEmptyEntries).ToList();
        var restVersion = path.Count > 0 && path[0] == "api" ? 3 : 2;
        if (restVersion == 3)
        {
            path.RemoveAt(0);
        }

        var method = path.Count == 3 ? StripJsonSuffix(path[2]) : string.Empty;
        var body = await new StreamReader(context.Request.Body, Encoding.UTF8).ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
        var (status, contentType, answer) = Answer(path, method, restVersion, body);
        lock (_calls)
        {
            _calls.Add(new RecordedCall(method, restVersion, path.Count > 0 ? path[0] : string.Empty, body, status));
        }

        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        await context.Response.WriteAsync(answer, context.RequestAborted).ConfigureAwait(false);
    }

    private (int Status, string ContentType, string Body) Answer(List<string> path, string method, int restVersion, string body)
    {
        const string json = "application/json; charset=utf-8";
        if (path.Count != 3 || !_secrets.TryGetValue(path[0], out var secret) || secret != path[1])
        {
            return Error(RestError.WrongAuthorization, restVersion);
        }

        if (Faults.Take(method) is { } injected)
        {
            return injected.Error is { } error ? Error(error, restVersion) : (injected.Status, injected.ContentType, injected.RawBody ?? string.Empty);
        }

        if (restVersion == 3 || !_handlers.TryGetValue(method, out var handler))
        {
            return Error(RestError.MethodNotFound, restVersion);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body.Length == 0 ? "{}" : body);
        }
        catch (JsonException)
        {
            return Error(RestError.BadRequest("INVALID_REQUEST", "The request body is not valid JSON"), restVersion);
        }

        using (document)
        {
            try
            {
                var call = new CallContext(new Parameters(document.RootElement), Crm, path[0] == AdminUser);
                return (200, json, Envelope.Success(writer => handler.Handle(call, writer), _operatingResetBase));
            }
            catch (RestException exception)
            {
                return Error(exception.Error, restVersion);
            }
        }

        (int, string, string) Error(RestError error, int version) => (error.Status, json, Envelope.Error(error, version));
    }

    private static string StripJsonSuffix(string method)
        => method.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? method[..^".json".Length] : method;
}
