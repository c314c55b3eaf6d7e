using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Bitrix24.Testing.Batch;

/// <summary>
/// Replaces <c>$result[key][path...]</c> in a batch command with the value an earlier command of the same batch
/// answered. Results are parsed only when a reference needs them. A value is substituted URL-encoded, so it reaches
/// the method intact whatever characters it holds.
/// </summary>
internal sealed partial class ResultReferences : IDisposable
{
    private readonly Dictionary<string, byte[]> _results = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonDocument> _parsed = new(StringComparer.Ordinal);

    public void Add(string key, byte[] result) => _results[key] = result;

    /// <summary>The command with every reference replaced, or null (and the first unresolved one) in <see cref="FakeUnresolvedReference.Error"/> mode.</summary>
    public string? Substitute(string command, FakeUnresolvedReference mode, out string? unresolved)
    {
        string? firstUnresolved = null;
        var substituted = Reference().Replace(command, match =>
        {
            if (Resolve(match) is { } value)
            {
                return Uri.EscapeDataString(value);
            }

            firstUnresolved ??= match.Value;
            return mode == FakeUnresolvedReference.Literal ? match.Value : string.Empty;
        });
        unresolved = firstUnresolved;
        return mode == FakeUnresolvedReference.Error && firstUnresolved is not null ? null : substituted;
    }

    public void Dispose()
    {
        foreach (var document in _parsed.Values)
        {
            document.Dispose();
        }
    }

    private string? Resolve(Match match)
    {
        var key = match.Groups["key"].Value;
        if (!_results.TryGetValue(key, out var bytes))
        {
            return null;
        }

        if (!_parsed.TryGetValue(key, out var document))
        {
            _parsed[key] = document = JsonDocument.Parse(bytes);
        }

        var value = document.RootElement;
        foreach (Capture step in match.Groups["step"].Captures)
        {
            if (Step(value, step.Value) is not { } next)
            {
                return null;
            }

            value = next;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.True => "1",
            JsonValueKind.False or JsonValueKind.Null => string.Empty,
            _ => null,
        };
    }

    private static JsonElement? Step(JsonElement value, string step)
    {
        if (value.ValueKind == JsonValueKind.Object)
        {
            return value.TryGetProperty(step, out var member) ? member : null;
        }

        if (value.ValueKind == JsonValueKind.Array && int.TryParse(step, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < value.GetArrayLength())
        {
            return value[index];
        }

        return null;
    }

    [GeneratedRegex(@"\$result\[(?<key>[^\[\]]*)\](?:\[(?<step>[^\[\]]*)\])*", RegexOptions.CultureInvariant)]
    private static partial Regex Reference();
}
