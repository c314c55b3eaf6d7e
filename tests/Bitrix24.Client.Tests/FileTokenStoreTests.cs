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
    public async Task A_damaged_file_is_a_clear_error_that_does_not_quote_it(string content)
    {
        var store = new FileTokenStore(_directory);
        await store.SaveAsync("a.bitrix24.com", new Bitrix24Tokens("access-a", "refresh-a"), TestContext.Current.CancellationToken);
        File.WriteAllText(Directory.GetFiles(_directory)[0], content);

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => store.LoadAsync("a.bitrix24.com", TestContext.Current.CancellationToken).AsTask());

        Assert.Contains("a.bitrix24.com", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("access-secret-x", error.ToString(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
