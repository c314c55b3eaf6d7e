using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Bitrix24.Tests.Shared;

namespace Bitrix24.Packaging.Tests;

/// <summary>
/// The repository's packages packed once (from the already-built outputs) into a temporary folder feed, with a
/// unique prerelease version so no package cache can serve a stale copy.
/// </summary>
public sealed class PackageFeed : IAsyncLifetime
{
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "bx-feed-" + Guid.NewGuid().ToString("N"));

    public string Version { get; } = "0.1.0-ci." + Guid.NewGuid().ToString("N").Substring(0, 12);

    public string PackagesCache => Path.Combine(Folder, "nuget-cache");

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(Folder);
        var (exitCode, output) = await ProcessRunner.RunAsync(
            "dotnet",
            ["pack", "Bitrix24.Generated.sln", "--no-build", "-c", RepositoryPaths.Configuration, "-o", Folder, $"-p:Version={Version}", "-nologo"],
            RepositoryPaths.Root,
            TimeSpan.FromMinutes(5));
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"dotnet pack failed:\n{output}");
        }
    }

    public ValueTask DisposeAsync()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }

        return ValueTask.CompletedTask;
    }
}
