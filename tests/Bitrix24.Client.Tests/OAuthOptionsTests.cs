using System;
using Bitrix24.Client.Auth;
using Bitrix24.Client.Transport;

namespace Bitrix24.Client.Tests;

/// <summary>OAuth settings are checked when the client is created.</summary>
public sealed class OAuthOptionsTests
{
    [Theory]
    [InlineData(0, 60)]
    [InlineData(-1, 60)]
    [InlineData(10, 5)]
    public void Retry_delays_that_are_not_positive_or_exceed_their_maximum_are_refused(int seconds, int maxSeconds)
    {
        var options = new Bitrix24ClientOptions
        {
            OAuth = new Bitrix24OAuthOptions
            {
                PortalUrl = "https://example.bitrix24.com/",
                ClientId = "app.1",
                ClientSecret = "client-secret-0000",
                RetryDelay = TimeSpan.FromSeconds(seconds),
                MaxRetryDelay = TimeSpan.FromSeconds(maxSeconds),
            },
        };

        var error = Assert.Throws<ArgumentException>(() => new Bitrix24Client(options));

        Assert.Equal(nameof(Bitrix24OAuthOptions.RetryDelay), error.ParamName);
    }
}
