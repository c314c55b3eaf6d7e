using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Bitrix24.SpecTool.Documents;

namespace Bitrix24.SpecTool.Extraction;

/// <summary>
/// The id of the type a section defines, a function of the page and the section alone (never of who links to it):
/// <list type="bullet">
/// <item>a data-types page (<c>**/data-types.md</c>): <c>&lt;scope&gt;.&lt;name&gt;</c>, the name from the explicit anchor
/// or the heading, without a leading <c>&lt;scope&gt;_</c> (<c>crm_currency</c> → <c>crm.currency</c>);</item>
/// <item>an entity field page: <see cref="EntityFieldPages"/>, its other sections <c>&lt;scope&gt;.&lt;page&gt;_&lt;anchor or slug&gt;</c>;</item>
/// <item>a method page (its H1 names a method; REST 3.0 pages get the prefix <c>v3.</c>):
/// <c>&lt;method scope&gt;.&lt;rest of the method, dots → _&gt;.&lt;anchor or slug&gt;</c>, and on a <c>*.fields</c> page
/// <c>&lt;scope&gt;.&lt;rest&gt;_fields</c> for the page's first definition and <c>&lt;scope&gt;.&lt;rest&gt;_fields_&lt;slug&gt;</c>
/// for the others (so that no id is the namespace of another), with <c>_type</c> after a slug ending in <c>result</c>,
/// <c>request</c>, <c>item</c> or <c>error</c> (the method's own classes have those names);</item>
/// <item>anything else: <c>&lt;scope&gt;.&lt;page&gt;.&lt;anchor or slug&gt;</c>.</item>
/// </list>
/// The scope is the first folder under <c>api-reference/</c> (<c>main</c> for a page directly in it); the page is its path
/// below the scope folder without <c>.md</c> (<c>widgets/crm/index.md</c> → <c>crm_index</c>), so that the many
/// <c>index.md</c> pages sharing a section title stay apart. Every segment is
/// lower-case <c>[a-z0-9_]</c> with runs of other characters folded to one <c>_</c> and no <c>_</c> at either end; a
/// segment that would start with a digit (or be empty) gets the prefix <c>t</c>.
/// </summary>
internal static partial class TypeIds
{
    // The generator names a method's own classes <rest>Request, <rest>Result, <rest>Item, <rest>Error in its scope's
    // namespace: crm.vat.fields' result class is Crm.VatFieldsResult, so its page's section #result cannot be
    // crm.vat_fields_result.
    private static readonly string[] MethodClassSuffixes = ["result", "request", "item", "error"];

    /// <summary>The folder under <c>api-reference/</c> holding every page.</summary>
    public const string ApiReference = "api-reference/";

    /// <summary>The id of the type <paramref name="section"/> of the page <paramref name="definedOn"/> defines.</summary>
    public static string Of(DocPage definedOn, DocSection section)
    {
        var path = InLanguage(definedOn.Path);
        var scope = Scope(path);
        var page = Segment(BelowScope(path));
        if (DataTypePages.Is(path))
        {
            var name = Segment(section.Anchor ?? (IsAscii(section.Title) ? section.Title : section.Slug));
            var prefix = scope + "_";
            return $"{scope}.{Segment(name.StartsWith(prefix, StringComparison.Ordinal) && name.Length > prefix.Length ? name.Substring(prefix.Length) : name)}";
        }

        var slug = Segment(section.Anchor ?? (section.Slug.Length > 0 ? section.Slug : page));
        if (EntityFieldPages.Name(path, section) is { } entity)
        {
            return entity;
        }

        if (EntityFieldPages.Is(path))
        {
            return $"{scope}.{page}_{slug}";
        }

        if (Method(definedOn) is { } method)
        {
            var segments = method.Name.ToLowerInvariant().Split('.');
            var prefix = method.Rest3 ? "v3." : string.Empty;
            var methodScope = Segment(segments[0]);
            if (segments[^1] == "fields")
            {
                var rest = string.Join("_", segments.Skip(1).SkipLast(1));
                var fields = Segment(rest.Length == 0 ? "fields" : rest + "_fields");
                return section == definedOn.FirstDefinition() ? $"{prefix}{methodScope}.{fields}" : $"{prefix}{methodScope}.{fields}_{slug}{(MethodClassSuffixes.Any(suffix => slug.EndsWith(suffix, StringComparison.Ordinal)) ? "_type" : string.Empty)}";
            }

            return $"{prefix}{methodScope}.{Segment(string.Join("_", segments.Skip(1)))}.{slug}";
        }

        return $"{scope}.{page}.{slug}";
    }

    /// <summary>The page relative to its language root: without a leading <c>en/</c> or <c>ru/</c>.</summary>
    public static string InLanguage(string page)
        => page.StartsWith("en/", StringComparison.Ordinal) || page.StartsWith("ru/", StringComparison.Ordinal) ? page.Substring(3) : page;

    /// <summary>The scope of a page (relative to its language root): the first folder under <c>api-reference/</c>, as an id segment; <c>main</c> for a page directly in it or outside it.</summary>
    public static string Scope(string page)
    {
        var inside = page.StartsWith(ApiReference, StringComparison.Ordinal) ? page.Substring(ApiReference.Length) : page;
        var slash = inside.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? "main" : Segment(inside.Substring(0, slash));
    }

    /// <summary>A text as one id segment: lower-case <c>[a-z0-9_]</c>, other runs → <c>_</c>, starting with a letter.</summary>
    public static string Segment(string text)
    {
        var segment = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                segment.Append(c);
            }
            else if (segment.Length > 0 && segment[^1] != '_')
            {
                segment.Append('_');
            }
        }

        var trimmed = segment.ToString().TrimEnd('_');
        return trimmed.Length == 0 || char.IsDigit(trimmed[0]) ? "t" + trimmed : trimmed;
    }

    // The page's path below its scope folder, without ".md".
    private static string BelowScope(string page)
    {
        var inside = page.StartsWith(ApiReference, StringComparison.Ordinal) ? page.Substring(ApiReference.Length) : page;
        var slash = inside.IndexOf('/', StringComparison.Ordinal);
        return Stem(slash < 0 ? inside : inside.Substring(slash + 1).Replace('/', '_'));
    }

    private static string Stem(string page)
    {
        var name = page.Substring(page.LastIndexOf('/') + 1);
        return name.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? name.Substring(0, name.Length - 3) : name;
    }

    private static bool IsAscii(string text) => text.All(c => c < 128);

    // The method a page documents, found as the page extraction finds it (MethodNames), and whether it is REST 3.0.
    // A dotless method (profile, batch) has no name below its scope to build an id from: its page counts as any page.
    private static (string Name, bool Rest3)? Method(DocPage page)
    {
        var title = page.Sections.FirstOrDefault(section => section.Level == 1);
        if (title is null || MethodNames.Find(title, page.Sections) is not { } name || !name.Contains('.', StringComparison.Ordinal))
        {
            return null;
        }

        return (name, MethodNames.IsRest3(title, page.Sections.TakeWhile(section => section.Level <= 1).SelectMany(section => section.Lines)));
    }
}
