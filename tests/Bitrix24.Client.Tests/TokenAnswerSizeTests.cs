using System;
using System.Text;
using System.Threading.Tasks;
using Bitrix24.Client.Auth;
using Bitrix24.Client.Errors;
using Bitrix24.Client.Transport;

namespace Bitrix24.Client.Tests;

/// <summary>A token endpoint that answers without end is refused after a small bounded read, as a typed authentication error.</summary>
public sealed class TokenAnswerSizeTests
{
    [Fact]
    public async Task An_endless_token_answer_is_an_authentication_error_after_a_bounded_read()
    {
        var filler = Encoding.ASCII.GetBytes(new string('a', 64 * 1024));
        await using var server = new RawHttpServer(async (exchange, cancellationToken) =>
        {
            if (!exchange.Head.Contains("/oauth/token/", StringComparison.Ordinal))
            {
                const string expired = """{"error":"expired_token","error_description":"The access token provided has expired."}""";
                await exchange.WriteAsync(Encoding.ASCII.GetBytes($"HTTP/1.1 401 Unauthorized\r\nContent-Type: application/json\r\nContent-Length: {expired.Length}\r\n\r\n{expired}"), cancellationToken);
                return;
            }

            await exchange.WriteAsync(Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"), cancellationToken);
            var chunk = Encoding.ASCII.GetBytes($"{filler.Length:x}\r\n{Encoding.ASCII.GetString(filler)}\r\n");
            for (var sent = 0L; sent < 1L << 30; sent += filler.Length)
            {
                await exchange.WriteAsync(chunk, cancellationToken);
            }
        });
        using var client = new Bitrix24Client(new Bitrix24ClientOptions
        {
            OAuth = new Bitrix24OAuthOptions
            {
                PortalUrl = $"http://{server.Authority}/",
                TokenEndpoint = $"http://{server.Authority}/oauth/token/",
                ClientId = "app.1",
                ClientSecret = "client-secret-0000",
                InitialTokens = new Bitrix24Tokens("access-token-0000", "refresh-token-0000"),
            },
            Retry = new() { MaxRetries = 0 },
        });

        var error = await Assert.ThrowsAsync<Bitrix24AuthenticationException>(() => client.CallAsync("crm.deal.get", "{}", TestContext.Current.CancellationToken));

        Assert.Contains("over 65536 bytes", error.Message, StringComparison.Ordinal);
        Assert.InRange(server.BytesSent, TokenEndpoint.MaxAnswerBytes, 16L * 1024 * 1024);
    }
}
