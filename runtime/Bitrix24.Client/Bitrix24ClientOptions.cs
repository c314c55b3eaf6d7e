using System;
using Bitrix24.Client.Auth;
using Bitrix24.Client.Limits;
using Bitrix24.Client.Retry;

namespace Bitrix24.Client;

/// <summary>How a <see cref="Bitrix24Client"/> reaches its portal and how it treats the portal's limits.</summary>
public sealed class Bitrix24ClientOptions
{
    /// <summary>The default <see cref="MaxResponseBytes"/>: 64 MiB.</summary>
    public const long DefaultMaxResponseBytes = 64L * 1024 * 1024;

    /// <summary>The largest <see cref="MaxResponseBytes"/> allowed: one byte less than the longest array .NET creates.</summary>
    public const long LargestMaxResponseBytes = 0x7FFFFFC6;

    /// <summary>The incoming-webhook URL, <c>https://&lt;portal&gt;/rest/&lt;user&gt;/&lt;secret&gt;/</c>; leave empty when <see cref="OAuth"/> is set.</summary>
    public string WebhookUrl { get; set; } = string.Empty;

    /// <summary>Call as an OAuth 2.0 application instead of through a webhook.</summary>
    public Bitrix24OAuthOptions? OAuth { get; set; }

    /// <summary>How long one attempt may take; Bitrix24 cloud ends requests after 60 seconds.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// The largest answer read, in bytes, counted after decompression (64 MiB by default: a bulk page of 2,500 wide
    /// rows is a few MB). A larger answer, or an endless one, ends the call with a
    /// <see cref="Errors.Bitrix24ResponseTooLargeException"/> once this many bytes have been read; it is not retried.
    /// </summary>
    public long MaxResponseBytes { get; set; } = DefaultMaxResponseBytes;

    /// <summary>The request-rate limit (leaky bucket) this client paces itself to; shared per portal in the process.</summary>
    public Bitrix24RateLimitOptions RateLimit { get; set; } = new();

    /// <summary>The per-method operating-time limit.</summary>
    public Bitrix24OperatingLimitOptions OperatingLimit { get; set; } = new();

    /// <summary>Retries of transient faults.</summary>
    public Bitrix24RetryOptions Retry { get; set; } = new();

    /// <summary>Checks the options before a client is built on them.</summary>
    /// <param name="paramName">The parameter the options came in, named in the exception.</param>
    /// <exception cref="ArgumentException">A limit, the timeout or <see cref="MaxResponseBytes"/> is out of range.</exception>
    internal void Validate(string paramName)
    {
        RateLimit.Validate();
        if (RequestTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentException("The request timeout must be positive.", paramName);
        }

        if (MaxResponseBytes is <= 0 or > LargestMaxResponseBytes)
        {
            throw new ArgumentException($"MaxResponseBytes must be between 1 and {LargestMaxResponseBytes}.", paramName);
        }
    }
}
