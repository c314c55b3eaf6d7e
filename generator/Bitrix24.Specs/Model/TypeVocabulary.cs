using System;
using System.Collections.Generic;

namespace Bitrix24.Specs.Model;

/// <summary>
/// The documentation's type tokens (<c>api-reference/data-types.md</c>) and what each means on the wire.
/// Compound notations: <c>type[]</c> is an array, <c>type | null</c> a nullable value; any other union is raw.
/// </summary>
public static class TypeVocabulary
{
    private static readonly Dictionary<string, ValueKind> Scalars = new(StringComparer.OrdinalIgnoreCase)
    {
        ["integer"] = ValueKind.Integer,
        ["int"] = ValueKind.Integer,
        ["user"] = ValueKind.Integer,
        ["double"] = ValueKind.Double,
        ["float"] = ValueKind.Double,
        ["number"] = ValueKind.Double,
        ["boolean"] = ValueKind.Boolean,
        ["bool"] = ValueKind.Boolean,
        ["string"] = ValueKind.String,
        ["text"] = ValueKind.String,
        ["char"] = ValueKind.String,
        ["enum"] = ValueKind.String,
        ["crm"] = ValueKind.String,
        ["crm_status"] = ValueKind.String,
        ["crm_currency"] = ValueKind.String,
        ["location"] = ValueKind.String,
        ["crm_entity"] = ValueKind.Integer,
        ["crm_company"] = ValueKind.Integer,
        ["crm_contact"] = ValueKind.Integer,
        ["crm_lead"] = ValueKind.Integer,
        ["crm_quote"] = ValueKind.Integer,
        ["crm_category"] = ValueKind.Integer,
        ["crm_activity_communication"] = ValueKind.Object,
        ["crm_multifield"] = ValueKind.Object,
        ["diskfile"] = ValueKind.Raw,
        ["date"] = ValueKind.Date,
        ["datetime"] = ValueKind.DateTime,
        ["timestamp"] = ValueKind.Timestamp,
        ["object"] = ValueKind.Object,
        ["array"] = ValueKind.Array,
        ["any"] = ValueKind.Raw,
        ["mixed"] = ValueKind.Raw,
        ["file"] = ValueKind.Raw,
        ["null"] = ValueKind.Raw,
        ["callable"] = ValueKind.Raw,
        ["function"] = ValueKind.Raw,
        ["attached_diskfile"] = ValueKind.Raw,
    };

    // Identifier tokens that the docs also use for the object they identify (crm/data-types.md has a crm_currency
    // section; a crm_lead cell may hold the lead itself): scalars by default, but a ref may make them that object.
    private static readonly HashSet<string> Overloaded = new(StringComparer.OrdinalIgnoreCase)
    {
        "crm_currency", "crm_company", "crm_contact", "crm_lead", "crm_quote", "crm_category",
    };

    // CRM enumerations (crm_enum_activitytype, ...) are integer identifiers of directory entries.
    private const string EnumPrefix = "crm_enum_";

    // A language id → text map (crm/data-types.md): a map of strings without a 'map' key.
    private const string LangMap = "lang_map";

    /// <summary>
    /// Parses a type token. Besides the documented vocabulary: an empty token is an undocumented (raw) value;
    /// <c>entity.id</c> references (<c>user.id</c>, <c>catalog_product.id</c>) are integers and other <c>entity.field</c>
    /// references (<c>crm_currency.CURRENCY</c>) strings; any other name (<c>uf_enum_element</c>, <c>LayoutDto</c>) is a
    /// structure documented elsewhere, an object. Only tokens that are none of these are unknown. This is the token
    /// alone (<c>lang_map</c> is such a name); a member's shape, which may be a map, is <see cref="Parse(string, string?)"/>.
    /// </summary>
    public static SpecType Parse(string token)
    {
        var text = ElementSyntax(StripNullUnion(token.Trim()));
        if (text is null || text.Length == 0)
        {
            return new SpecType(ValueKind.Raw, ValueKind.Raw, IsKnown: true);
        }

        if (text.EndsWith("[]", StringComparison.Ordinal))
        {
            var element = Single(text.Substring(0, text.Length - 2).Trim());
            return element is { } kind && kind != ValueKind.Array
                ? new SpecType(ValueKind.Array, kind, IsKnown: true)
                : new SpecType(ValueKind.Array, ValueKind.Raw, IsKnown: false);
        }

        return Single(text) is { } single
            ? new SpecType(single, ValueKind.Raw, IsKnown: true)
            : new SpecType(ValueKind.Raw, ValueKind.Raw, IsKnown: false);
    }

    /// <summary>
    /// Parses a member's shape: its token and its <c>map</c> key. A member with <c>map</c>, or of type <c>lang_map</c>
    /// (which means <c>map: string</c>), is a <see cref="ValueKind.Map"/> whose <see cref="SpecType.Element"/> is the
    /// kind of each value; any other member is <see cref="Parse(string)"/> of its token.
    /// </summary>
    public static SpecType Parse(string token, string? map)
    {
        if (MapValue(token, map) is not { } value)
        {
            return Parse(token);
        }

        var values = Parse(value);
        return new SpecType(ValueKind.Map, values.Kind, values.IsKnown);
    }

    /// <summary>
    /// The token of each value of a map member: <paramref name="map"/> when given, <c>string</c> for <c>lang_map</c>,
    /// null when the member is not a map.
    /// </summary>
    public static string? MapValue(string token, string? map)
        => map ?? (StripNullUnion(token.Trim()) is { } text && text.Equals(LangMap, StringComparison.OrdinalIgnoreCase) ? "string" : null);

    /// <summary>
    /// Whether the token's values (each element's, for <c>type[]</c>) are basic scalars that no type describes:
    /// numbers, strings, booleans, dates (<c>data-types.md#standart-types</c>), directory and object identifiers that never
    /// name an object (<c>user</c>, <c>crm_status</c>, <c>crm_entity</c>, <c>crm_enum_*</c>) and <c>entity.field</c> references.
    /// Not the identifiers the docs also use for their object (<c>crm_currency</c>, <c>crm_lead</c>, ...), nor
    /// raw values (<c>any</c>, <c>file</c>), objects, arrays or unions: a <c>ref</c> can describe those.
    /// </summary>
    public static bool IsBasicScalar(string token)
    {
        var text = ElementSyntax(StripNullUnion(token.Trim()));
        if (text is null)
        {
            return false;
        }

        if (text.EndsWith("[]", StringComparison.Ordinal))
        {
            text = text.Substring(0, text.Length - 2).Trim();
        }

        return !Overloaded.Contains(text)
               && Single(text) is ValueKind.Integer or ValueKind.Double or ValueKind.Boolean or ValueKind.String
                   or ValueKind.Date or ValueKind.DateTime or ValueKind.Timestamp;
    }

    private static ValueKind? Single(string token)
    {
        if (Scalars.TryGetValue(token, out var kind))
        {
            return kind;
        }

        if (token.StartsWith(EnumPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return ValueKind.Integer;
        }

        var dot = token.LastIndexOf('.');
        if (dot > 0 && IsName(token.Substring(0, dot)) && IsName(token.Substring(dot + 1)))
        {
            return token.Substring(dot + 1).Equals("id", StringComparison.OrdinalIgnoreCase) ? ValueKind.Integer : ValueKind.String;
        }

        return IsName(token) ? ValueKind.Object : null;
    }

    private static bool IsName(string text)
    {
        if (text.Length == 0 || !(char.IsLetter(text[0]) || text[0] == '_'))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!(char.IsLetterOrDigit(c) || c == '_') || c > 127)
            {
                return false;
            }
        }

        return true;
    }

    // "string | null" means a nullable string; any other union has no single C# type.
    // The docs write a list of objects both as "object[]" and as "array<object>"; the second is read as the first.
    private static string? ElementSyntax(string? token)
        => token is not null && token.StartsWith("array<", StringComparison.OrdinalIgnoreCase) && token.EndsWith(">", StringComparison.Ordinal) && token.Length > 7
            ? token.Substring(6, token.Length - 7).Trim() + "[]"
            : token;

    private static string? StripNullUnion(string token)
    {
        if (token.IndexOf('|') < 0)
        {
            return token;
        }

        string? single = null;
        foreach (var part in token.Split('|'))
        {
            var trimmed = part.Trim();
            if (trimmed.Length == 0 || trimmed.Equals("null", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (single is not null)
            {
                return null;
            }

            single = trimmed;
        }

        return single;
    }
}
