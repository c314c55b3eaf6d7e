using System;
using System.IO;
using System.Linq;
using Xunit;

namespace Bitrix24.Tests.Shared;

/// <summary>Where the repository, its specs and the read-only <c>../shared</c> material are.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Specs => Path.Combine(Root, "specs");

    /// <summary>Every committed spec file (not the hand corrections under <c>specs/_overrides</c>), in ordinal order.</summary>
    public static string[] SpecFiles()
    {
        var files = Directory.GetFiles(Specs, "*.yaml", SearchOption.AllDirectories)
            .Where(file => !Path.GetRelativePath(Specs, file).StartsWith("_overrides", StringComparison.Ordinal))
            .ToArray();
        Array.Sort(files, StringComparer.Ordinal);
        return files;
    }

    /// <summary>The build configuration the tests run in (Debug, Release): <c>bin/&lt;configuration&gt;/&lt;tfm&gt;/</c>.</summary>
    public static string Configuration { get; } = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;

    /// <summary><c>../shared</c> beside the repository; null when this clone has none.</summary>
    public static string? Shared
    {
        get
        {
            var path = Path.GetFullPath(Path.Combine(Root, "..", "shared"));
            return Directory.Exists(Path.Combine(path, "docs")) ? path : null;
        }
    }

    /// <summary>The <c>../shared</c> folder, or the test is reported as skipped (never as passed) when it is absent.</summary>
    public static string RequireShared()
    {
        var shared = Shared;
        if (shared is null)
        {
            Assert.Skip("../shared (docs corpus and seeds) is not beside this clone; this test needs it.");
        }

        return shared!;
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Bitrix24.Generated.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Bitrix24.Generated.sln not found above " + AppContext.BaseDirectory);
    }
}
