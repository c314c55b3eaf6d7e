using System;

namespace Bitrix24.Client.Transport;

/// <summary>How a <see cref="Bitrix24Client"/> reaches its portal.</summary>
public sealed class Bitrix24ClientOptions
{
    /// <summary>The incoming-webhook URL, <c>https://&lt;portal&gt;/rest/&lt;user&gt;/&lt;secret&gt;/</c>.</summary>
    public string WebhookUrl { get; set; } = string.Empty;

    /// <summary>How long one call may take; Bitrix24 cloud ends requests after 60 seconds.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(60);
}
