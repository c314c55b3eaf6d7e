using System;
using System.IO;
using System.Threading.Tasks;
using Bitrix24.Client.Auth;

namespace Bitrix24.Client.Tests;

/// <summary>The file store keeps one pair per portal, replaces it whole, and refuses a damaged file without quoting it.</summary>
public sealed class FileTokenStoreTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "bx-store-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Pairs_round_trip_per_portal_and_the_latest_wins()
    {
        var store = new FileTokenStore(_directory);
        var expires = DateTimeOffset.FromUnixTimeSeconds(1_900_000_000);

        await store.SaveAsync("a.bitrix24.com", new Bitrix24Tokens("access-a-1", "refresh-a-1"), TestContext.Current.CancellationToken);
        await store.SaveAsync("a.bitrix24.com", new Bitrix24Tokens("access-a-2", "refresh-a-2", expires), TestContext.Current.CancellationToken);
        await store.SaveAsync("b.bitrix24.com:8443", new Bitrix24Tokens("access-b", "refresh-b"), TestContext.Current.CancellationToken);

        Assert.Equal(new Bitrix24Tokens("access-a-2", "refresh-a-2", expires), await store.LoadAsync("a.bitrix24.com", TestContext.Current.CancellationToken));
        Assert.Equal(new Bitrix24Tokens("access-b", "refresh-b"), await store.LoadAsync("b.bitrix24.com:8443", TestContext.Current.CancellationToken));
        Assert.Null(await store.LoadAsync("c.bitrix24.com", TestContext.Current.CancellationToken));
        Assert.Equal(2, Directory.GetFiles(_directory).Length);
    }

    [Theory]
    [InlineData("{\"access_token\":\"access-secret-x\",\"refr")]
    [InlineData("{\"access_token\":\"access-secret-x\"}")]
    [InlineData("[]")]
    [InlineData("{\"access_token\":\"access-secret-x\",\"refresh_token\":7}")]
    [InlineData("{\"access_token\":\"access-secret-x\",\"refresh_token\":\"r\",\"expires_at\":1e300}")]
    [InlineData("{\"access_token\":\"access-secret-x\",\"refresh_token\":\"r\",\"expires_at\":9223372036854775807}")]
    public async Task A_damaged_file_is_a_clear_error_that_does_not_quote_it(string content)
    {
        var store = new FileTokenStore(_directory);
        await store.SaveAsync("a.bitrix24.com", new Bitrix24Tokens("access-a", "refresh-a"), TestContext.Current.CancellationToken);
        File.WriteAllText(Directory.GetFiles(_directory)[0], content);

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => store.LoadAsync("a.bitrix24.com", TestContext.Current.CancellationToken).AsTask());

        Assert.Contains("a.bitrix24.com", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("access-secret-x", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_member_of_the_token_answer_round_trips()
    {
        var store = new FileTokenStore(_directory);
        var tokens = new Bitrix24Tokens("access-a", "refresh-a", DateTimeOffset.FromUnixTimeSeconds(1_900_000_000))
        {
            MemberId = "a223c6b3710f85df22e9377d6c4f7553",
            ClientEndpoint = "https://a.bitrix24.com/rest/",
            ServerEndpoint = "https://oauth.bitrix.info/rest/",
            Domain = "oauth.bitrix.info",
            Scope = "crm,task",
            UserId = 67,
            Status = "L",
        };

        await store.SaveAsync("a.bitrix24.com", tokens, TestContext.Current.CancellationToken);

        Assert.Equal(tokens, await store.LoadAsync("a.bitrix24.com", TestContext.Current.CancellationToken));
        Assert.DoesNotContain("access-a", tokens.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("refresh-a", tokens.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_in_the_old_format_still_loads()
    {
        Directory.CreateDirectory(_directory);
        File.WriteAllText(Path.Combine(_directory, "a.bitrix24.com.tokens.json"), "{\"portal\":\"a.bitrix24.com\",\"access_token\":\"access-old\",\"refresh_token\":\"refresh-old\",\"expires_at\":1900000000}");

        var loaded = await new FileTokenStore(_directory).LoadAsync("a.bitrix24.com", TestContext.Current.CancellationToken);

        Assert.Equal(new Bitrix24Tokens("access-old", "refresh-old", DateTimeOffset.FromUnixTimeSeconds(1_900_000_000)), loaded);
        Assert.Null(loaded!.MemberId);
        Assert.Null(loaded.ClientEndpoint);
    }

    [Fact]
    public async Task A_huge_file_is_refused_without_being_read()
    {
        Directory.CreateDirectory(_directory);
        var path = Path.Combine(_directory, "a.bitrix24.com.tokens.json");
        using (var sparse = File.Create(path))
        {
            sparse.SetLength(500L * 1024 * 1024);
        }

        var store = new FileTokenStore(_directory);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var error = Assert.Throws<InvalidDataException>(() => store.LoadAsync("a.bitrix24.com", TestContext.Current.CancellationToken).GetAwaiter().GetResult());
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.True(allocated < 1024 * 1024, $"{allocated} bytes allocated to refuse the file");
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
