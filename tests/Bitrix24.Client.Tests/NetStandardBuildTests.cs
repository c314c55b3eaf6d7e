using System;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;
using System.Runtime.Versioning;
using System.Threading;
using System.Threading.Tasks;
using Bitrix24.Client.Auth;

namespace Bitrix24.Client.Tests;

/// <summary>
/// The runtime's netstandard2.0 build creates token files through libc (it has no <c>UnixCreateMode</c>): load that
/// build into its own load context and check what it writes.
/// </summary>
[Collection(nameof(UmaskCollection))]
[UnsupportedOSPlatform("windows")]
public sealed class NetStandardBuildTests : IDisposable
{
    private readonly string _parent = Path.Combine(Path.GetTempPath(), "bx-ns20-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task The_netstandard_build_writes_0600_files_in_a_0700_directory_that_the_net_build_reads()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("Unix file modes; on Windows the files inherit the directory's ACL.");
        }

        var context = new AssemblyLoadContext("netstandard2.0 client", isCollectible: true);
        try
        {
            var assembly = context.LoadFromAssemblyPath(Path.Combine(AppContext.BaseDirectory, "netstandard2.0", "Bitrix24.Client.dll"));
            Assert.Equal(".NETStandard,Version=v2.0", assembly.GetCustomAttribute<TargetFrameworkAttribute>()?.FrameworkName);
            var directory = Path.Combine(_parent, "tokens");
            var store = Activator.CreateInstance(assembly.GetType("Bitrix24.Client.Auth.FileTokenStore", throwOnError: true)!, directory)!;
            var tokensType = assembly.GetType("Bitrix24.Client.Auth.Bitrix24Tokens", throwOnError: true)!;
            var tokens = Activator.CreateInstance(tokensType, "access-ns20", "refresh-ns20", (DateTimeOffset?)DateTimeOffset.FromUnixTimeSeconds(1_900_000_000))!;
            tokensType.GetProperty("MemberId")!.SetValue(tokens, "member-ns20");
            var save = store.GetType().GetMethod("SaveAsync")!;

            using (UmaskCollection.Set(0))
            {
                await (ValueTask)save.Invoke(store, ["a.bitrix24.com", tokens, CancellationToken.None])!;
                await (ValueTask)save.Invoke(store, ["a.bitrix24.com", tokens, CancellationToken.None])!;
            }

            var file = Assert.Single(Directory.GetFiles(directory));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(directory));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
            var loaded = await new FileTokenStore(directory).LoadAsync("a.bitrix24.com", TestContext.Current.CancellationToken);
            Assert.Equal(new Bitrix24Tokens("access-ns20", "refresh-ns20", DateTimeOffset.FromUnixTimeSeconds(1_900_000_000)) { MemberId = "member-ns20" }, loaded);
        }
        finally
        {
            context.Unload();
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(_parent))
        {
            Directory.Delete(_parent, recursive: true);
        }
    }
}
