using System.IO;

namespace Bitrix24.SpecTool.Commands;

/// <summary>The documentation root of an input: the nearest folder above it with an <c>api-reference</c> folder (sources are written relative to it).</summary>
internal static class DocsRoot
{
    public static string Of(string input)
    {
        var full = Path.GetFullPath(input);
        var directory = new DirectoryInfo(Directory.Exists(full) ? full : Path.GetDirectoryName(full)!);
        for (var current = directory; current is not null; current = current.Parent)
        {
            if (Directory.Exists(Path.Combine(current.FullName, "api-reference")))
            {
                return current.FullName;
            }
        }

        return directory.FullName;
    }
}
