using System;
using System.Threading;
using System.Threading.Tasks;
using Bitrix24.Client.Transport;

namespace Bitrix24.Client.Auth;

/// <summary>An incoming webhook: the secret is in the URL path, the body is left alone, nothing to refresh.</summary>
internal sealed class WebhookAuthenticator(WebhookAddress address) : IAuthenticator
{
    public string PortalKey { get; } = address.Portal.Authority;

    public string Caller { get; } = "webhook:" + address.UserId;

    public bool CanRefresh => false;

    public Uri MethodUri(string method, int restVersion) => address.MethodUri(method, restVersion);

    public ValueTask<string?> CredentialAsync(CancellationToken cancellationToken) => new((string?)null);

    public byte[] Authorize(byte[] body, string? credential) => body;

    public Task RefreshAsync(string? expired, CancellationToken cancellationToken) => Task.CompletedTask;

    public string Redact(string text) => address.Redact(text);
}
