using System;
using System.Collections.Generic;
using System.Text.Json;

namespace Bitrix24.Client.Errors;

/// <summary>Reads a REST 3.0 error's <c>validation</c> list, leniently: entries that are not objects are skipped.</summary>
internal static class FieldErrors
{
    public static IReadOnlyList<Bitrix24FieldError> Read(JsonElement validation, Func<string, string> redact)
    {
        if (validation.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        var errors = new List<Bitrix24FieldError>();
        foreach (var entry in validation.EnumerateArray())
        {
            if (entry.ValueKind == JsonValueKind.Object)
            {
                errors.Add(new Bitrix24FieldError(redact(Text(entry, "field")), redact(Text(entry, "message"))));
            }
        }

        return errors;
    }

    private static string Text(JsonElement entry, string name) => entry.TryGetProperty(name, out var value) ? value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() ?? string.Empty,
        JsonValueKind.Number => value.GetRawText(),
        _ => string.Empty,
    }
    : string.Empty;
}
