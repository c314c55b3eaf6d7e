using System.IO;
using Bitrix24.SpecTool.Documents;
using Bitrix24.SpecTool.Extraction;
using Bitrix24.Tests.Shared;

namespace Bitrix24.SpecTool.Tests;

/// <summary>A real documentation page from <c>../shared/docs</c> extracted as the sweep does, with a type registry over its language.</summary>
internal static class RealPage
{
    /// <summary>Extracts <paramref name="page"/> (<c>en/api-reference/...</c>); skips the test when the docs are absent.</summary>
    public static (PageResult Page, TypeRegistry Types) Extract(string page)
    {
        var docs = Path.Combine(RepositoryPaths.RequireShared(), "docs");
        var root = Path.Combine(docs, page.Substring(0, 2));
        var types = new TypeRegistry(new DocIndex(root));
        return (new PageExtractor(new PageLoader(root), types).Extract(Path.Combine(docs, page)), types);
    }
}
