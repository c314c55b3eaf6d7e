using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Bitrix24.Specs.Model;
using Bitrix24.Specs.Writing;

namespace Bitrix24.SpecTool.Extraction;

/// <summary>Where specs live: <c>specs/&lt;scope&gt;/&lt;method&gt;.yaml</c>, REST 3.0 twins as <c>&lt;method&gt;.rest3.yaml</c>.</summary>
internal static partial class SpecFiles
{
    public const string OverridesFolder = "_overrides";

    public static string RelativePath(MethodSpec spec)
    {
        var scope = spec.Scope?.Split(',')[0].Trim().ToLowerInvariant();
        var folder = string.IsNullOrEmpty(scope) || !Folder().IsMatch(scope) ? spec.Method.Split('.')[0].ToLowerInvariant() : scope;
        return $"{folder}/{spec.Method}{(spec.Rest == 3 ? ".rest3" : string.Empty)}.yaml";
    }

    /// <summary>Writes every spec and removes spec files that are no longer produced (overrides and docs are kept).</summary>
    public static void WriteAll(string folder, IReadOnlyDictionary<string, MethodSpec> specs)
    {
        var wanted = new HashSet<string>(specs.Keys.Select(key => Path.GetFullPath(Path.Combine(folder, key))), StringComparer.Ordinal);
        if (Directory.Exists(folder))
        {
            foreach (var stale in Directory.EnumerateFiles(folder, "*.yaml", SearchOption.AllDirectories)
                .Where(file => !wanted.Contains(Path.GetFullPath(file)) && !Path.GetRelativePath(folder, file).StartsWith(OverridesFolder, StringComparison.Ordinal)))
            {
                File.Delete(stale);
            }
        }

        foreach (var (relative, spec) in specs)
        {
            var path = Path.Combine(folder, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var text = SpecWriter.Write(spec);
            if (!File.Exists(path) || File.ReadAllText(path) != text)
            {
                File.WriteAllText(path, text);
            }
        }
    }

    [GeneratedRegex(@"^[a-z0-9_\-]+$")]
    private static partial Regex Folder();
}
