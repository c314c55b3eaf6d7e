using System.Threading;
using System.Threading.Tasks;

namespace Bitrix24.Client.Auth;

/// <summary>
/// Keeps OAuth token pairs per portal. The refresh token rotates on every refresh, so a store that forgets the new
/// pair locks the application out: persist it (see <see cref="FileTokenStore"/>) in production.
/// </summary>
public interface IBitrix24TokenStore
{
    /// <summary>The stored pair for a portal, or null.</summary>
    /// <param name="portal">The portal's host, for example <c>example.bitrix24.com</c>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    ValueTask<Bitrix24Tokens?> LoadAsync(string portal, CancellationToken cancellationToken);

    /// <summary>Replaces the stored pair for a portal.</summary>
    /// <param name="portal">The portal's host.</param>
    /// <param name="tokens">The new pair.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    ValueTask SaveAsync(string portal, Bitrix24Tokens tokens, CancellationToken cancellationToken);
}
