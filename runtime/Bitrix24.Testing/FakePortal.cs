using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Bitrix24.Testing.Authentication;
using Bitrix24.Testing.Batch;
using Bitrix24.Testing.Crm;
using Bitrix24.Testing.Handling;
using Bitrix24.Testing.Idempotency;
using Bitrix24.Testing.Limits;
using Bitrix24.Testing.Methods;
using Bitrix24.Testing.OAuth;
using Bitrix24.Testing.Tasks;

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
    private readonly PortalHost _host;
    private readonly Webhooks _webhooks = new();
    private readonly ConcurrentQueue<RecordedCall> _calls = new();
    private readonly ConcurrentQueue<FakeExecution> _executions = new();
    private readonly RestEndpoint _rest;

    private FakePortal(PortalHost host, FakePortalOptions options)
    {
        _host = host;
        Options = options;
        OAuth = new FakeOAuth(() => BaseUrl);
        var runner = new MethodRunner(Crm, Tasks, Limits, Faults, options, _executions.Enqueue);
        var pipeline = new CallPipeline(runner, new Authenticator(_webhooks, OAuth), Limits, Faults, Batch, Idempotency);
        _rest = new RestEndpoint(pipeline, Idempotency, Faults, _calls);
    }

    /// <summary>The portal's address, <c>http://127.0.0.1:&lt;port&gt;/</c>.</summary>
    public string BaseUrl => _host.BaseUrl;

    /// <summary>The webhook of user 1, who may do everything.</summary>
    public string WebhookUrl => _webhooks.Url(BaseUrl, Webhooks.AdminUser);

    /// <summary>The webhook of user 2, who has no CRM permissions (every CRM method answers its access error).</summary>
    public string RestrictedWebhookUrl => _webhooks.Url(BaseUrl, Webhooks.RestrictedUser);

    /// <summary>The webhook secret of user 1 (tests assert it never leaks).</summary>
    public string WebhookSecret => _webhooks.SecretOf(Webhooks.AdminUser);

    /// <summary>
    /// Every secret this portal has handed out: both webhook secrets, the OAuth client secret, and every access and
    /// refresh token issued (revoked ones too). Assert that none of them appears in your logs, traces or exceptions.
    /// </summary>
    public IReadOnlyList<string> Secrets => [.. _webhooks.Secrets, .. OAuth.Secrets];

    /// <summary>How the answers vary the way real portals' do (time block, empty dates, unset fields, list ends).</summary>
    public FakePortalOptions Options { get; }

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
    public IReadOnlyList<RecordedCall> Calls => _calls.ToArray();

    /// <summary>Every method body that actually ran so far, batch commands one by one.</summary>
    public IReadOnlyList<FakeExecution> Executions => _executions.ToArray();

    /// <summary>Starts a portal on a free loopback port, answering like a typical current portal.</summary>
    public static Task<FakePortal> StartAsync(CancellationToken cancellationToken = default) => StartAsync(new FakePortalOptions(), cancellationToken);

    /// <summary>Starts a portal on a free loopback port, answering as <paramref name="options"/> say.</summary>
    public static async Task<FakePortal> StartAsync(FakePortalOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var portal = new FakePortal(PortalHost.Create(), options);
        await portal._host.StartAsync(portal._rest.HandleAsync, portal.OAuth.HandleTokenRequestAsync, cancellationToken).ConfigureAwait(false);
        return portal;
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _host.DisposeAsync();
}
