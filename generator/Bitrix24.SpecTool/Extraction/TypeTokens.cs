using System;
using System.Linq;
using Bitrix24.Specs.Model;

namespace Bitrix24.SpecTool.Extraction;

/// <summary>Which field type tokens a named type may describe.</summary>
internal static class TypeTokens
{
    /// <summary>
    /// Whether a field of this token may refer to a type: one token (<c>| null</c> aside; a union such as
    /// <c>object | string</c> never does), not a map, and not a scalar as <see cref="TypeVocabulary"/> reads it — in a
    /// field table <c>crm_currency</c> is a currency id, a string — but an object, a raw value, or an array of those
    /// (<c>crm_multifield[]</c>, <c>crm_item_product_row[]</c>, <c>object</c>).
    /// </summary>
    public static bool MayRefer(string token)
    {
        var parts = token.Split('|').Select(part => part.Trim()).Where(part => part.Length > 0 && !part.Equals("null", StringComparison.OrdinalIgnoreCase)).ToList();
        if (parts.Count != 1 || TypeVocabulary.MapValue(parts[0], null) is not null)
        {
            return false;
        }

        var type = TypeVocabulary.Parse(parts[0]);
        return (type.Kind == ValueKind.Array ? type.Element : type.Kind) is ValueKind.Object or ValueKind.Raw;
    }
}
