using System;
using System.Threading;
using System.Threading.Tasks;

namespace Bitrix24.Client.Auth;

/// <summary>How calls to one portal are addressed and authorized: a webhook (secret in the path) or an OAuth token (<c>auth</c> in the body).</summary>
internal interface IAuthenticator
{
    /// <summary>The portal's host (with a port when not the default), the key of its shared limits.</summary>
    string PortalKey { get; }

    /// <summary>Who calls: the operating limit counts per application or webhook.</summary>
    string Caller { get; }

    /// <summary>True when an <c>expired_token</c> answer can be cured by <see cref="RefreshAsync"/>.</summary>
    bool CanRefresh { get; }

    Uri MethodUri(string method, int restVersion);

    /// <summary>The credential the next attempt uses (null for webhooks).</summary>
    ValueTask<string?> CredentialAsync(CancellationToken cancellationToken);

    /// <summary>The request body with the credential added.</summary>
    byte[] Authorize(byte[] body, string? credential);

    /// <summary>Gets a new credential after <paramref name="expired"/> was refused; one refresh however many callers wait.</summary>
    Task RefreshAsync(string? expired, CancellationToken cancellationToken);

    /// <summary>Removes every secret this authenticator holds from <paramref name="text"/>.</summary>
    string Redact(string text);
}
