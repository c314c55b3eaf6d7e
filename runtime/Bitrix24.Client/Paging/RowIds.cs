using System.Globalization;
using System.Text.Json;

namespace Bitrix24.Client.Paging;

/// <summary>Reads a row's id as the portal sends it: a number or a numeric string.</summary>
internal static class RowIds
{
    /// <summary>The row's id, or null when the row is not an object or its id field is missing or not an integer.</summary>
    public static long? Of(JsonElement row, string idField)
        => row.ValueKind == JsonValueKind.Object && row.TryGetProperty(idField, out var value) && TryRead(value, out var id) ? id : null;

    public static bool TryRead(JsonElement value, out long id)
    {
        id = 0;
        return value.ValueKind switch
        {
            JsonValueKind.Number => value.TryGetInt64(out id),
            JsonValueKind.String => long.TryParse(value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out id),
            _ => false,
        };
    }
}
