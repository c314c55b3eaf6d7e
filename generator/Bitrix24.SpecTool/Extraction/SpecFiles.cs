using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Bitrix24.Specs.Model;
using Bitrix24.Specs.Writing;

namespace Bitrix24.SpecTool.Extraction;

/// <summary>
/// Where specs live: <c>specs/&lt;scope&gt;/&lt;method&gt;.yaml</c>, REST 3.0 twins as <c>&lt;method&gt;.rest3.yaml</c>, and
/// types as <c>specs/&lt;scope&gt;/_types/&lt;id&gt;.yaml</c> (the scope is the id's first segment, its second for <c>v3.*</c>).
/// </summary>
internal static partial class SpecFiles
{
    public const string OverridesFolder = "_overrides";

    /// <summary>The folder of type files inside a scope's folder.</summary>
    public const string TypesFolder = "_types";

    public static string RelativePath(MethodSpec spec)
    {
        var scope = spec.Scope?.Split(',')[0].Trim().ToLowerInvariant();
        var folder = string.IsNullOrEmpty(scope) || !Folder().IsMatch(scope) ? spec.Method.Split('.')[0].ToLowerInvariant() : scope;
        return $"{folder}/{spec.Method}{(spec.Rest == 3 ? ".rest3" : string.Empty)}.yaml";
    }

    public static string TypePath(string id)
    {
        var segments = id.Split('.');
        return $"{(segments[0] == "v3" && segments.Length > 2 ? segments[1] : segments[0])}/{TypesFolder}/{id}.yaml";
    }

    /// <summary>The canonical text of every spec and type of a sweep, by path relative to the specs folder.</summary>
    public static IReadOnlyDictionary<string, string> Texts(SweepResult result)
    {
        var texts = result.Specs.ToDictionary(pair => pair.Key, pair => SpecWriter.Write(pair.Value), StringComparer.Ordinal);
        foreach (var type in result.Types.Values)
        {
            texts[TypePath(type.Id)] = SpecWriter.Write(type);
        }

        return texts;
    }

    /// <summary>Writes every spec and type and removes spec files that are no longer produced (overrides and docs are kept).</summary>
    public static void WriteAll(string folder, IReadOnlyDictionary<string, string> texts)
    {
        var wanted = new HashSet<string>(texts.Keys.Select(key => Path.GetFullPath(Path.Combine(folder, key))), StringComparer.Ordinal);
        if (Directory.Exists(folder))
        {
            foreach (var stale in Directory.EnumerateFiles(folder, "*.yaml", SearchOption.AllDirectories)
                .Where(file => !wanted.Contains(Path.GetFullPath(file)) && !Path.GetRelativePath(folder, file).StartsWith(OverridesFolder, StringComparison.Ordinal)))
            {
                File.Delete(stale);
            }
        }

        foreach (var (relative, text) in texts)
        {
            var path = Path.Combine(folder, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            if (!File.Exists(path) || File.ReadAllText(path) != text)
            {
                File.WriteAllText(path, text);
            }
        }
    }

    [GeneratedRegex(@"^[a-z0-9_\-]+$")]
    private static partial Regex Folder();
}
