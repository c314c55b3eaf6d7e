using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Threading;

namespace Bitrix24.SpecTool.Documents;

/// <summary>
/// The documentation's pages, each read and parsed once on first use and shared by the threads of a sweep, and the
/// links between them. Only <c>.md</c> files inside the root are ever read; a link that leaves the root, a missing
/// page or a missing anchor is "not found" (null), never an exception.
/// </summary>
internal sealed class DocIndex(string root)
{
    private readonly PageLoader _loader = new(root);
    private readonly ConcurrentDictionary<string, Lazy<DocPage?>> _pages = new(StringComparer.Ordinal);

    /// <summary>The documentation root (absolute).</summary>
    public string Root => _loader.Root;

    /// <summary>The page at <paramref name="pagePath"/> (relative to the root), or null when it is not a page inside the root.</summary>
    public DocPage? Page(string pagePath)
        => DocLinks.Normalize(pagePath.Replace('\\', '/')) is { } relative
            ? _pages.GetOrAdd(relative, key => new Lazy<DocPage?>(() => Read(key), LazyThreadSafetyMode.ExecutionAndPublication)).Value
            : null;

    /// <summary>The section <paramref name="anchor"/> names on a page: explicit anchors first, then slugs.</summary>
    public DocSection? Find(string pagePath, string anchor) => Page(pagePath)?.Find(anchor);

    /// <summary>The first section of a page with a field table, what a link to the page without an anchor means.</summary>
    public DocSection? FirstDefinition(string pagePath) => Page(pagePath)?.FirstDefinition();

    /// <summary>Where <paramref name="href"/>, written on <paramref name="fromPage"/>, points (the page need not exist), or null.</summary>
    public DocTarget? Resolve(string fromPage, string href) => DocLinks.Resolve(fromPage, href);

    /// <summary>The section a link names: its anchor's section, or the page's first definition when it has no anchor; null when either is missing.</summary>
    public DocSection? Follow(string fromPage, string href)
        => Resolve(fromPage, href) is { } target ? target.Anchor is null ? FirstDefinition(target.Page) : Find(target.Page, target.Anchor) : null;

    private DocPage? Read(string relative)
    {
        var full = Path.GetFullPath(Path.Combine(_loader.Root, relative));
        if (!relative.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || !full.StartsWith(_loader.Root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(full))
        {
            return null;
        }

        var warnings = new List<ExtractionWarning>();
        try
        {
            return new DocPage(relative, PageParser.Parse(_loader.Load(full, warnings)), warnings);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            warnings.Add(new ExtractionWarning(relative, 1, $"page could not be read: {exception.GetType().Name}: {exception.Message}"));
            return new DocPage(relative, [], warnings);
        }
    }
}
