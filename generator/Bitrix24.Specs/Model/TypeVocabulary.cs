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
    };

    // CRM enumerations (crm_enum_activitytype, ...) are integer identifiers of directory entries.
    private const string EnumPrefix = "crm_enum_";

    /// <summary>Parses a type token; unknown tokens give a raw type with <see cref="SpecType.IsKnown"/> false.</summary>
    public static SpecType Parse(string token)
    {
        var text = StripNullUnion(token.Trim());
        if (text is null)
        {
            return new SpecType(ValueKind.Raw, ValueKind.Raw, IsKnown: true);
        }

        if (text.EndsWith("[]", StringComparison.Ordinal))
        {
            var element = text.Substring(0, text.Length - 2).Trim();
            return Scalars.TryGetValue(element, out var elementKind) && elementKind != ValueKind.Array
                ? new SpecType(ValueKind.Array, elementKind, IsKnown: true)
                : new SpecType(ValueKind.Array, ValueKind.Raw, IsKnown: false);
        }

        if (text.StartsWith(EnumPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return new SpecType(ValueKind.Integer, ValueKind.Raw, IsKnown: true);
        }

        return Scalars.TryGetValue(text, out var kind)
            ? new SpecType(kind, ValueKind.Raw, IsKnown: true)
            : new SpecType(ValueKind.Raw, ValueKind.Raw, IsKnown: false);
    }

    // "string | null" means a nullable string; any other union has no single C# type.
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
