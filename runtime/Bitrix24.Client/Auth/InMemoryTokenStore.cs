using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;

namespace Bitrix24.Client.Auth;

/// <summary>Keeps token pairs in memory: the default, fine for tests and for processes that get tokens at start-up.</summary>
public sealed class InMemoryTokenStore : IBitrix24TokenStore
{
    private readonly ConcurrentDictionary<string, Bitrix24Tokens> _tokens = new(StringComparer.OrdinalIgnoreCase);

    /// <inheritdoc />
    public ValueTask<Bitrix24Tokens?> LoadAsync(string portal, CancellationToken cancellationToken)
        => new(_tokens.TryGetValue(portal, out var tokens) ? tokens : null);

    /// <inheritdoc />
    public ValueTask SaveAsync(string portal, Bitrix24Tokens tokens, CancellationToken cancellationToken)
    {
        _tokens[portal] = tokens ?? throw new ArgumentNullException(nameof(tokens));
        return default;
    }
}
