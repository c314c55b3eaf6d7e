using System;
using System.Collections.Generic;
using System.Linq;
using Bitrix24.Specs.Model;
using Bitrix24.SpecTool.Documents;

namespace Bitrix24.SpecTool.Extraction;

/// <summary>
/// Follows the links of a result (or result member) row to the named type that defines its structure: a section on
/// the same page, a section on another page, a scope's data-types page, or an entity field page (routes 2 to 5).
/// </summary>
/// <param name="types">The sweep's named types; a definition is extracted through it.</param>
/// <param name="page">The page the row is on, relative to the documentation root.</param>
/// <param name="scope">The method's scope, for type tokens that name a data-types object.</param>
/// <param name="viaMethodPages">Whether a description's link to another method page leads to that method's result (one hop only, so pages that link each other end).</param>
internal sealed class ResultLinks(TypeRegistry types, string page, string? scope, bool viaMethodPages = true)
{
    /// <summary>The named type a row's type links (then, for a generic <c>object</c> or <c>array</c>, its description's links) or its type token name, and the route; null when none defines one.</summary>
    public (string Id, ResultRoute Route)? Follow(ParameterCell cell, string description)
    {
        var token = Element(cell.Type);
        if (IsUnion(cell.Type) || TypeVocabulary.IsBasicScalar(token))
        {
            return null;
        }

        foreach (var href in cell.TypeHrefs)
        {
            if (Link(href, token, fromDescription: false) is { } typed)
            {
                return typed;
            }
        }

        if (IsGeneric(token))
        {
            foreach (var link in CellReader.Links(description))
            {
                if (Link(link.Href, token, fromDescription: true) is { } typed)
                {
                    return typed;
                }
            }

            return null;
        }

        // A named token without a link: a section of this page titled by it ("Object of Type crm_item_payment_product"), or a data-types object.
        if (TitledSection(token) is { } section && types.Define(new DocTarget(page, section.Anchor ?? section.Slug)) is { } own)
        {
            return (own, ResultRoute.SamePageSection);
        }

        return ByToken(token);
    }

    /// <summary>
    /// Whether the section the row's type links lists alternative types rather than fields (<c>entity.get</c>'s
    /// "Type result": one row <c>`object` [entity]</c>, one row <c>[entity[]]</c>, no field names).
    /// </summary>
    public bool IsUnionDefinition(ParameterCell cell)
        => cell.TypeHrefs.Select(href => types.Index.Follow(page, href)).OfType<DocSection>().Any(section =>
            section.Tables.FirstOrDefault() is { Rows.Count: > 1 } table
            && table.Rows.Skip(ParameterTables.IsHeader(table.Rows[0]) ? 1 : 0).All(NamesAType));

    // A row that starts with a type instead of a bold field name: `object` [entity], or a bare [entity[]] link.
    private static bool NamesAType(TableRow row)
    {
        if (row.Cells[0].Markdown.TrimStart().StartsWith("**", StringComparison.Ordinal))
        {
            return false;
        }

        var name = CellReader.NameCell(row.Cells[0].Markdown).Name;
        return name is null or "object" or "array" || TypeVocabulary.IsBasicScalar(name);
    }

    /// <summary>The type token of one element: <c>deal[]</c> → <c>deal</c>.</summary>
    public static string Element(string type)
    {
        var token = type.Trim();
        return token.EndsWith("[]", StringComparison.Ordinal) ? token.Substring(0, token.Length - 2).Trim() : token;
    }

    /// <summary>A union the docs give (<c>object|string</c>); <c>x|null</c> is a nullable value, not a union.</summary>
    public static bool IsUnion(string type)
        => type.Split('|').Select(part => part.Trim()).Count(part => part.Length > 0 && !part.Equals("null", StringComparison.OrdinalIgnoreCase)) > 1;

    /// <summary>A token that says "an object" or "an array" without naming which.</summary>
    public static bool IsGeneric(string token)
        => token.Length == 0 || TypeVocabulary.Parse(token).Kind is ValueKind.Array or ValueKind.Raw || token.Equals("object", StringComparison.OrdinalIgnoreCase);

    private (string Id, ResultRoute Route)? Link(string href, string token, bool fromDescription)
    {
        if (DocLinks.Resolve(page, href) is not { } target)
        {
            return null;
        }

        if (DataTypePages.Is(target.Page))
        {
            // A data-types link without a section names the generic kind (`object`) or, by its token, an object there.
            if (target.Anchor is null)
            {
                return IsGeneric(token) ? null
                    : types.Index.Find(target.Page, token) is not null && types.Define(target with { Anchor = token }) is { } onPage ? (onPage, ResultRoute.DataTypes)
                    : ByToken(token);
            }

            return Define(target, ResultRoute.DataTypes, fromDescription);
        }

        // An entity field page describes an entity's fields for many methods; a link to it without an anchor means its first definition.
        if (EntityFieldPages.Is(target.Page))
        {
            return Define(target, ResultRoute.EntityFields, fromDescription);
        }

        // A method page without an anchor opens with its parameters, which are no result's definition; a description
        // that names another method for the structure ("see crm.lead.get") means that method's result.
        return target.Anchor is null
            ? fromDescription && viaMethodPages && target.Page != page ? ResultOf(target.Page)
            : null
            : Define(target, target.Page == page ? ResultRoute.SamePageSection : ResultRoute.OtherPageSection, fromDescription);
    }

    private (string Id, ResultRoute Route)? ResultOf(string method)
    {
        if (types.Index.Page(method) is not { } linked)
        {
            return null;
        }

        var returned = SectionTree.AllWithSubsections(linked.Sections, section => Headings.IsReturnedData(section.Title));
        if (returned.Count == 0)
        {
            // A reference page rather than a method ("see the [fields](./fields.md)"): its first definition.
            return types.Define(new DocTarget(method, null)) is { } id ? (id, ResultRoute.OtherPageSection) : null;
        }

        var links = new ResultLinks(types, method, scope, viaMethodPages: false);
        if (ResultTables.Read(returned, links, []) is { OwnRoute: null } own
            && links.Follow(own.Cell, own.DescriptionMarkdown) is { } found
            && types.Find(found.Id)?.Source is { } source)
        {
            return (found.Id, FieldsMethodPages.Is(method) ? ResultRoute.FieldsMethod : WrappedResults.Of(source, page));
        }

        // "The fields are described in the method crm.deal.userfield.add": that method's fields parameter.
        return linked.Sections.FirstOrDefault(section => Headings.NestedParameter(section.Title) == "fields") is { } fields
            && types.Define(new DocTarget(method, fields.Anchor ?? fields.Slug)) is { } written
            ? (written, ResultRoute.OtherPageSection)
            : null;
    }

    private (string Id, ResultRoute Route)? ByToken(string token)
    {
        // The method's scope first, then the scope of the folder the page is in (pay_system methods live under sale's types).
        var folder = page.Split('/') is { Length: > 2 } parts && parts[0] == "api-reference" ? parts[1] : null;
        foreach (var candidate in new[] { scope, folder }.OfType<string>().Distinct())
        {
            if (types.ForToken(candidate, token) is { } id)
            {
                return (id, ResultRoute.DataTypes);
            }
        }

        return null;
    }

    private DocSection? TitledSection(string token)
        => token.Length < 3 ? null
            : types.Index.Page(page)?.Sections.FirstOrDefault(section => section.Level > 1
                && System.Text.RegularExpressions.Regex.IsMatch(section.Title, $@"(?<![\w.]){System.Text.RegularExpressions.Regex.Escape(token)}(?![\w.])", System.Text.RegularExpressions.RegexOptions.IgnoreCase)
                && !DescribesParameters(section)
                && section.Tables.Any(ParameterTables.IsParameterTable));

    private (string Id, ResultRoute Route)? Define(DocTarget target, ResultRoute route, bool fromDescription)
    {
        // A description may link a request parameter's section ("see the filter"); that section describes no result.
        if (fromDescription && target.Anchor is not null && types.Index.Find(target.Page, target.Anchor) is { } section && DescribesParameters(section))
        {
            return null;
        }

        return types.Define(target) is { } id ? (id, route) : null;
    }

    private static bool DescribesParameters(DocSection section)
        => Headings.IsParameters(section.Title)
           || section.Title.Contains("parameter", StringComparison.OrdinalIgnoreCase) || section.Title.Contains("параметр", StringComparison.OrdinalIgnoreCase)
           || section.Anchor is "time" || section.Slug == "time";
}
