using System;
using System.Globalization;
using Bitrix24.Client.Auth;
using Bitrix24.Client.Transport;
using Microsoft.Extensions.Configuration;

namespace Bitrix24.Client.DependencyInjection;

/// <summary>
/// Reads <see cref="Bitrix24ClientOptions"/> from configuration without reflection (trimming and AOT safe). Keys:
/// <c>WebhookUrl</c>, <c>RequestTimeout</c>, <c>MaxResponseBytes</c>; <c>OAuth:PortalUrl</c>, <c>OAuth:ClientId</c>,
/// <c>OAuth:ClientSecret</c>, <c>OAuth:TokenEndpoint</c>, <c>OAuth:TokenDirectory</c> (a <see cref="FileTokenStore"/>),
/// <c>OAuth:RetryDelay</c>, <c>OAuth:MaxRetryDelay</c>; <c>RateLimit:Enabled</c>,
/// <c>RateLimit:Capacity</c>, <c>RateLimit:DrainPerSecond</c>, <c>RateLimit:Headroom</c>; <c>OperatingLimit:Enabled</c>,
/// <c>OperatingLimit:BudgetSeconds</c>, <c>OperatingLimit:SlowDownFrom</c>, <c>OperatingLimit:MaxPause</c>;
/// <c>Retry:MaxRetries</c>, <c>Retry:BaseDelay</c>, <c>Retry:MaxDelay</c>. Missing keys keep their defaults.
/// </summary>
public static class Bitrix24ConfigurationBinder
{
    /// <summary>Copies the keys present in <paramref name="configuration"/> into <paramref name="options"/>.</summary>
    /// <exception cref="FormatException">A value cannot be read as its type; the message names the key.</exception>
    public static void Bind(IConfiguration configuration, Bitrix24ClientOptions options)
    {
        if (configuration is null)
        {
            throw new ArgumentNullException(nameof(configuration));
        }

        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        Set(configuration, "WebhookUrl", value => options.WebhookUrl = value);
        Set(configuration, "RequestTimeout", value => options.RequestTimeout = Time(value, "RequestTimeout"));
        Set(configuration, "MaxResponseBytes", value => options.MaxResponseBytes = (long)Number(value, "MaxResponseBytes"));

        var oauth = configuration.GetSection("OAuth");
        if (oauth.Exists())
        {
            var target = options.OAuth ??= new Bitrix24OAuthOptions();
            Set(oauth, "PortalUrl", value => target.PortalUrl = value);
            Set(oauth, "ClientId", value => target.ClientId = value);
            Set(oauth, "ClientSecret", value => target.ClientSecret = value);
            Set(oauth, "TokenEndpoint", value => target.TokenEndpoint = value);
            Set(oauth, "TokenDirectory", value => target.TokenStore = new FileTokenStore(value));
            Set(oauth, "RetryDelay", value => target.RetryDelay = Time(value, "OAuth:RetryDelay"));
            Set(oauth, "MaxRetryDelay", value => target.MaxRetryDelay = Time(value, "OAuth:MaxRetryDelay"));
        }

        var rate = configuration.GetSection("RateLimit");
        Set(rate, "Enabled", value => options.RateLimit.Enabled = Boolean(value, "RateLimit:Enabled"));
        Set(rate, "Capacity", value => options.RateLimit.Capacity = (int)Number(value, "RateLimit:Capacity"));
        Set(rate, "DrainPerSecond", value => options.RateLimit.DrainPerSecond = Number(value, "RateLimit:DrainPerSecond"));
        Set(rate, "Headroom", value => options.RateLimit.Headroom = (int)Number(value, "RateLimit:Headroom"));

        var operating = configuration.GetSection("OperatingLimit");
        Set(operating, "Enabled", value => options.OperatingLimit.Enabled = Boolean(value, "OperatingLimit:Enabled"));
        Set(operating, "BudgetSeconds", value => options.OperatingLimit.BudgetSeconds = Number(value, "OperatingLimit:BudgetSeconds"));
        Set(operating, "SlowDownFrom", value => options.OperatingLimit.SlowDownFrom = Number(value, "OperatingLimit:SlowDownFrom"));
        Set(operating, "MaxPause", value => options.OperatingLimit.MaxPause = Time(value, "OperatingLimit:MaxPause"));

        var retry = configuration.GetSection("Retry");
        Set(retry, "MaxRetries", value => options.Retry.MaxRetries = (int)Number(value, "Retry:MaxRetries"));
        Set(retry, "BaseDelay", value => options.Retry.BaseDelay = Time(value, "Retry:BaseDelay"));
        Set(retry, "MaxDelay", value => options.Retry.MaxDelay = Time(value, "Retry:MaxDelay"));
    }

    private static void Set(IConfiguration section, string key, Action<string> assign)
    {
        if (section[key] is { Length: > 0 } value)
        {
            assign(value);
        }
    }

    private static TimeSpan Time(string value, string key)
        => TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out var time) ? time : throw Invalid(key, "a time span such as 00:01:00");

    private static double Number(string value, string key)
        => double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : throw Invalid(key, "a number");

    private static bool Boolean(string value, string key)
        => bool.TryParse(value, out var flag) ? flag : throw Invalid(key, "true or false");

    private static FormatException Invalid(string key, string expected) => new($"Bitrix24 configuration key '{key}' must be {expected}.");
}
