using System;
using System.IO;
using System.Runtime.CompilerServices;
using Xunit;

namespace Bitrix24.Tests.Shared;

/// <summary>
/// Snapshot assertions with Verify's file conventions, so switching to Verify is a package swap:
/// <c>&lt;Class&gt;.&lt;Test&gt;[#name].verified.cs</c> beside the test file, <c>.received.cs</c> written on mismatch,
/// line endings ignored. Set <c>ACCEPT_SNAPSHOTS=1</c> to accept what was received (never on CI).
/// </summary>
public static class Snapshot
{
    public static void Verify(
        string actual,
        string? name = null,
        string extension = "cs",
        [CallerFilePath] string testFile = "",
        [CallerMemberName] string test = "")
    {
        var directory = Path.GetDirectoryName(SourcePath(testFile))!;
        var className = Path.GetFileNameWithoutExtension(testFile);
        var stem = Path.Combine(directory, $"{className}.{test}{(name is null ? string.Empty : "#" + name)}");
        var verifiedPath = $"{stem}.verified.{extension}";
        var receivedPath = $"{stem}.received.{extension}";
        var normalized = Normalize(actual);

        if (File.Exists(verifiedPath) && Normalize(File.ReadAllText(verifiedPath)) == normalized)
        {
            File.Delete(receivedPath);
            return;
        }

        if (IsAccepting)
        {
            File.WriteAllText(verifiedPath, normalized);
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, normalized);
        Assert.Fail(File.Exists(verifiedPath)
            ? $"Snapshot mismatch: compare {receivedPath} with {verifiedPath}; rerun with ACCEPT_SNAPSHOTS=1 to accept."
            : $"No verified snapshot yet: review {receivedPath}; rerun with ACCEPT_SNAPSHOTS=1 to accept.");
    }

    public static bool IsAccepting
        => Environment.GetEnvironmentVariable("ACCEPT_SNAPSHOTS") == "1"
           && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    // CI builds map source paths to "/_/" (ContinuousIntegrationBuild): map them back into this checkout.
    private static string SourcePath(string callerFile)
        => callerFile.StartsWith("/_/", StringComparison.Ordinal) ? Path.Combine(RepositoryPaths.Root, callerFile.Substring(3)) : callerFile;

    private static string Normalize(string text) => text.Replace("\r\n", "\n").TrimStart('\uFEFF');
}
