using System;
using System.Linq;
using Bitrix24.Specs.Model;

namespace Bitrix24.SpecTool.Extraction;

/// <summary>
/// The route of a wrapped result (<c>result.item</c>, <c>result.task</c>, <c>result.basketItem</c>, a list's
/// <c>result.items</c>): a result whose only member is the entity is documented where that entity's structure is, so
/// its route is the route of the entity's definition, and a wrapped entity nothing documents leaves the result untyped.
/// </summary>
internal static class WrappedResults
{
    /// <summary>The route and untyped reason once the wrapped entity is looked through; the given ones when the result wraps nothing.</summary>
    public static (ResultRoute? Route, string? Reason) Route(ResultSpec result, ResultRoute? route, string? reason, TypeRegistry types, string page, bool isList)
    {
        var members = result.Ref is { } id ? types.Find(id)?.Fields ?? default : result.Fields;
        if (route is null || members.Count != 1 || TypeVocabulary.IsBasicScalar(ResultLinks.Element(members[0].Type)) || !IsStructured(members[0]))
        {
            return (route, reason);
        }

        var entity = members[0];
        if (entity.Ref is { } entityId)
        {
            return types.Find(entityId)?.Source is { } source ? (Of(source, page), null) : (route, reason);
        }

        // Only the page's own rows say "this member is the entity": an object (or a list's rows) with no members listed.
        var undocumented = result.Ref is null && entity.Fields.IsEmpty && entity.Items.IsEmpty
            && (ResultLinks.Element(entity.Type).Equals("object", StringComparison.OrdinalIgnoreCase) || isList && TypeVocabulary.Parse(entity.Type).Kind == ValueKind.Array);
        return undocumented ? (null, ResultRoutes.NoStructure) : (route, reason);
    }

    /// <summary>The route a definition at <paramref name="source"/> (<c>page#anchor</c>) is reached by from <paramref name="page"/>.</summary>
    public static ResultRoute Of(string source, string page)
    {
        var definedOn = source.Split('#')[0];
        return DataTypePages.Is(definedOn) ? ResultRoute.DataTypes
            : EntityFieldPages.Is(definedOn) ? ResultRoute.EntityFields
            : string.Equals(definedOn, TypeIds.InLanguage(page), StringComparison.Ordinal) ? ResultRoute.SamePageSection
            : ResultRoute.OtherPageSection;
    }

    private static bool IsStructured(ParamSpec member)
        => TypeVocabulary.Parse(member.Type, member.Map).Kind is ValueKind.Object or ValueKind.Array or ValueKind.Raw;
}
