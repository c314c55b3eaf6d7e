using System;
using Bitrix24.Client.Auth;

namespace Bitrix24.Client.Tests;

public sealed class WebhookAddressTests
{
    private const string Secret = "s3cr3tw3bh00kc0d";

    [Fact]
    public void Parses_a_webhook_and_builds_rest2_and_rest3_method_urls()
    {
        var address = WebhookAddress.Parse($"https://example.bitrix24.com/rest/7/{Secret}/");

        Assert.Equal("7", address.UserId);
        Assert.Equal($"https://example.bitrix24.com/rest/7/{Secret}/crm.deal.get", address.MethodUri("crm.deal.get", 2).ToString());
        Assert.Equal($"https://example.bitrix24.com/rest/api/7/{Secret}/tasks.task.add", address.MethodUri("tasks.task.add", 3).ToString());
    }

    [Fact]
    public void Never_shows_the_secret()
    {
        var address = WebhookAddress.Parse($"https://example.bitrix24.com/rest/7/{Secret}");

        Assert.Equal("https://example.bitrix24.com/rest/7/***/", address.ToString());
        Assert.DoesNotContain(Secret, address.Redacted);
        Assert.Equal("at https://x/rest/7/***/m", address.Redact($"at https://x/rest/7/{Secret}/m"));
    }

    [Theory]
    [InlineData("http://127.0.0.1:5000/rest/1/abcdefgh/")]
    [InlineData("http://localhost:5000/rest/1/abcdefgh/")]
    [InlineData("http://[::1]:5000/rest/1/abcdefgh/")]
    [InlineData("https://portal.example/rest/1/abcdefgh/")]
    [InlineData("https://portal.example/bitrix/rest/1/abcdefgh/")]
    public void Accepts_https_and_loopback_http(string url)
    {
        Assert.Equal("1", WebhookAddress.Parse(url).UserId);
    }

    [Theory]
    [InlineData("http://portal.example/rest/1/s3cr3tw3bh00kc0d/")]
    [InlineData("http://10.0.0.5/rest/1/s3cr3tw3bh00kc0d/")]
    [InlineData("ftp://portal.example/rest/1/s3cr3tw3bh00kc0d/")]
    [InlineData("https://portal.example/rest/1/")]
    [InlineData("https://portal.example/rest/1/s3cr3tw3bh00kc0d/crm.deal.get")]
    [InlineData("not a url s3cr3tw3bh00kc0d")]
    [InlineData("https://user:s3cr3tw3bh00kc0d@portal.example/rest/1/s3cr3tw3bh00kc0d/")]
    [InlineData("https://s3cr3tw3bh00kc0d@portal.example/rest/1/s3cr3tw3bh00kc0d/")]
    [InlineData("https://portal.example/rest/1/s3cr3tw3bh00kc0d/?auth=s3cr3tw3bh00kc0d")]
    [InlineData("https://portal.example/rest/1/s3cr3tw3bh00kc0d/#s3cr3tw3bh00kc0d")]
    [InlineData("https://portal.example/rest/1/s3cr3tw3bh00kc0d?x")]
    [InlineData("https://portal.example/rest/1/s3cr3t%2Fw3bh00kc0d/")]
    [InlineData("https://portal.example/rest/1/s3cr3tw3bh00kc0d%2F/")]
    [InlineData("https://portal.example/x/../rest/1/s3cr3tw3bh00kc0d/")]
    [InlineData("https://portal.example/./rest/1/s3cr3tw3bh00kc0d/")]
    [InlineData("https://portal.example/%2e%2e/rest/1/s3cr3tw3bh00kc0d/")]
    [InlineData("https://portal.example/rest/../rest/1/s3cr3tw3bh00kc0d/")]
    [InlineData("https://portal.example/rest/1/../s3cr3tw3bh00kc0d/")]
    [InlineData("https://portal.example\\rest\\1\\s3cr3tw3bh00kc0d\\")]
    [InlineData("https://portal.example//rest/1/s3cr3tw3bh00kc0d/")]
    [InlineData("https://portal.example/rest/1/s3cr3tw3bh00kc0d//")]
    [InlineData("https://portal.example/rest/admin/s3cr3tw3bh00kc0d/")]
    [InlineData("https://portal.example/rest/-1/s3cr3tw3bh00kc0d/")]
    [InlineData("https://portal.example/rest//s3cr3tw3bh00kc0d/")]
    [InlineData("https://portal.example/rest/1//")]
    [InlineData("https://portal.example/rest/1/s3cr3t.w3bh00kc0d/")]
    [InlineData("https://portal.example/rest/1/s3cr3t w3bh00kc0d/")]
    [InlineData("https://portal.example/rest/1/s3cr3tw3bh00kc0d/crm.deal.get/")]
    [InlineData("https://portal.example")]
    public void Refuses_plain_http_to_other_hosts_and_anything_but_the_documented_shape_without_echoing_the_secret(string url)
    {
        var error = Assert.Throws<ArgumentException>(() => WebhookAddress.Parse(url));

        Assert.DoesNotContain(Secret, error.ToString());
    }

    [Fact]
    public void Userinfo_is_refused_by_name_and_never_shown()
    {
        var error = Assert.Throws<ArgumentException>(() => WebhookAddress.Parse("https://admin:hunter2@portal.example/rest/1/abcdefgh/"));

        Assert.Contains("user name or password", error.Message);
        Assert.DoesNotContain("hunter2", error.ToString());
        Assert.DoesNotContain("admin", error.ToString());
    }
}
