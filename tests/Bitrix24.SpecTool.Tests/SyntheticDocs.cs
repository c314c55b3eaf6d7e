using System;
using System.IO;
using System.Linq;
using Bitrix24.Specs.Model;
using Bitrix24.SpecTool.Documents;
using Bitrix24.SpecTool.Extraction;

namespace Bitrix24.SpecTool.Tests;

/// <summary>A documentation folder the tests write themselves (docs/api-reference/...), removed afterwards.</summary>
internal sealed class SyntheticDocs : IDisposable
{
    public SyntheticDocs()
    {
        Directory.CreateDirectory(Path.Combine(Root, "api-reference"));
        Directory.CreateDirectory(Path.Combine(Root, "_includes"));
        Write("_includes/required.md", "Required parameters are marked with * {.b24-info}");
        Write("_includes/system-errors.md", "#|\n|| **Status** | **Code** | **Description** ||\n|| `500` | `INTERNAL_SERVER_ERROR` | Internal ||\n|#");
    }

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "bx-docs-" + Guid.NewGuid().ToString("N"));

    public string Write(string relative, string text)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.Replace("\r\n", "\n"));
        return path;
    }

    /// <summary>Text as the lines of a page, for the parser.</summary>
    public static System.Collections.Generic.IReadOnlyList<SourceLine> Lines(string text)
        => text.Split('\n').Select((line, index) => new SourceLine(line, "page.md", index + 1)).ToList();

    public PageResult Extract(string relative, string text) => Extractor().Extract(Write(relative, text));

    /// <summary>An extractor over this folder, with a type registry of its own.</summary>
    public PageExtractor Extractor() => new(new PageLoader(Root), new TypeRegistry(new DocIndex(Root)));

    public MethodSpec Spec(string text) => Extract("api-reference/test/page.md", text).Spec ?? throw new InvalidOperationException("not a method page");

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
