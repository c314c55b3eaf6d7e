using System;
using System.IO;
using System.Runtime.Versioning;
using System.Threading.Tasks;
using Bitrix24.Client.Auth;

namespace Bitrix24.Client.Tests;

/// <summary>
/// On Unix the token directory is 0700 and every token file 0600 from its creation, under any umask, and a rotation
/// keeps them so. The umask is process-wide, so these tests set it one at a time.
/// </summary>
[Collection(nameof(UmaskCollection))]
[UnsupportedOSPlatform("windows")]
public sealed class TokenFilePermissionsTests : IDisposable
{
    private const UnixFileMode OwnerReadWrite = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode OwnerOnlyDirectory = OwnerReadWrite | UnixFileMode.UserExecute;
    private readonly string _parent = Path.Combine(Path.GetTempPath(), "bx-perm-" + Guid.NewGuid().ToString("N"));

    private string Directory => Path.Combine(_parent, "tokens");

    [Theory]
    [InlineData(0b000_010_010)] // 022, the usual default
    [InlineData(0)] // 000: nothing masked, files would be 0666
    public async Task Files_are_0600_and_the_directory_0700_from_the_first_save_and_after_rotations(int umask)
    {
        SkipOnWindows();
        using (UmaskCollection.Set(umask))
        {
            var store = new FileTokenStore(Directory);
            await store.SaveAsync("a.bitrix24.com", new Bitrix24Tokens("access-1", "refresh-1"), TestContext.Current.CancellationToken);
            var file = System.IO.Directory.GetFiles(Directory)[0];

            Assert.Equal(OwnerOnlyDirectory, File.GetUnixFileMode(Directory));
            Assert.Equal(OwnerReadWrite, File.GetUnixFileMode(file));

            await store.SaveAsync("a.bitrix24.com", new Bitrix24Tokens("access-2", "refresh-2"), TestContext.Current.CancellationToken);
            Assert.Equal(OwnerReadWrite, File.GetUnixFileMode(file));

            // A user who tightened the file already, or widened it by hand: the next rotation leaves it 0600.
            File.SetUnixFileMode(file, OwnerReadWrite);
            await store.SaveAsync("a.bitrix24.com", new Bitrix24Tokens("access-3", "refresh-3"), TestContext.Current.CancellationToken);
            Assert.Equal(OwnerReadWrite, File.GetUnixFileMode(file));
            File.SetUnixFileMode(file, OwnerReadWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
            await store.SaveAsync("a.bitrix24.com", new Bitrix24Tokens("access-4", "refresh-4"), TestContext.Current.CancellationToken);
            Assert.Equal(OwnerReadWrite, File.GetUnixFileMode(file));
            Assert.Single(System.IO.Directory.GetFiles(Directory));
        }
    }

    [Fact]
    public void A_new_file_is_private_before_anything_is_written_to_it()
    {
        SkipOnWindows();
        using (UmaskCollection.Set(0))
        {
            PrivateFiles.CreateDirectory(Directory);
            var path = Path.Combine(Directory, "new.tmp");
            using var stream = PrivateFiles.Create(path);

            Assert.Equal(0, stream.Length);
            Assert.Equal(OwnerReadWrite, File.GetUnixFileMode(path));
            Assert.Throws<IOException>(() => PrivateFiles.Create(path));
        }
    }

    public void Dispose()
    {
        if (System.IO.Directory.Exists(_parent))
        {
            System.IO.Directory.Delete(_parent, recursive: true);
        }
    }

    private static void SkipOnWindows()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("Unix file modes; on Windows the files inherit the directory's ACL.");
        }
    }
}
