using System;
using System.Collections.Concurrent;

namespace Bitrix24.Client.Auth;

/// <summary>A client's method URLs, built once per method and REST version, not per call.</summary>
internal sealed class MethodUris(IAuthenticator auth)
{
    private readonly ConcurrentDictionary<(string Method, int Version), Uri> _uris = new();
    private readonly Func<(string Method, int Version), Uri> _uriOf = key => auth.MethodUri(key.Method, key.Version);

    /// <summary>The URL the method is POSTed to.</summary>
    public Uri Of(string method, int restVersion) => _uris.GetOrAdd((method, restVersion), _uriOf);
}
