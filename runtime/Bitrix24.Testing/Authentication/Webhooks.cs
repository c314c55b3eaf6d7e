using System;
using System.Collections.Generic;

namespace Bitrix24.Testing.Authentication;

/// <summary>The portal's two inbound webhooks: user 1 with full rights and user 2 without CRM permissions, each with its secret.</summary>
internal sealed class Webhooks
{
    public const string AdminUser = "1";
    public const string RestrictedUser = "2";

    private readonly Dictionary<string, string> _secrets = new(StringComparer.Ordinal)
    {
        [AdminUser] = RandomToken.New(16),
        [RestrictedUser] = RandomToken.New(16),
    };

    public IEnumerable<string> Secrets => _secrets.Values;

    public string SecretOf(string user) => _secrets[user];

    public string Url(string baseUrl, string user) => $"{baseUrl}rest/{user}/{_secrets[user]}/";

    public bool Accepts(string user, string secret) => _secrets.TryGetValue(user, out var expected) && expected == secret;
}
