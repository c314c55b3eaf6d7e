using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;
using Bitrix24.Client.Errors;
using Bitrix24.Client.Json;
using Bitrix24.Client.Transport;

namespace Bitrix24.Client.Batch;

/// <summary>
/// The <c>result</c> of a <c>batch</c> call, per command key: REST 2's <c>result</c>, <c>result_error</c>,
/// <c>result_total</c>, <c>result_next</c> and <c>result_time</c> (each may be PHP's <c>[]</c> when empty, and an
/// array when the keys are numeric), or REST 3.0's array of results in command order.
/// </summary>
internal sealed class BatchAnswer
{
    private readonly Dictionary<string, JsonElement> _results = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonElement> _errors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonElement> _totals = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonElement> _nexts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonElement> _times = new(StringComparer.Ordinal);

    public static bool TryRead(ref Utf8JsonReader reader, out BatchAnswer value)
    {
        value = new BatchAnswer();
        var root = JsonElement.ParseValue(ref reader);
        if (root.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var item in root.EnumerateArray())
            {
                var key = index.ToString(CultureInfo.InvariantCulture);
                if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
                {
                    value._errors[key] = item;
                }
                else
                {
                    value._results[key] = item;
                }

                index++;
            }

            return true;
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        foreach (var member in root.EnumerateObject())
        {
            var target = member.Name switch
            {
                "result" => value._results,
                "result_error" => value._errors,
                "result_total" => value._totals,
                "result_next" => value._nexts,
                "result_time" => value._times,
                _ => null,
            };
            if (target is not null)
            {
                Collect(member.Value, target);
            }
        }

        return true;
    }

    /// <summary>The command's time, for operating-limit accounting.</summary>
    public ResponseTime? TimeOf(string key) => _times.TryGetValue(key, out var time) ? Read(time, ResponseEnvelope.ReadTime) : null;

    /// <summary>The command's raw result, if it succeeded.</summary>
    public JsonElement? RawResultOf(string key) => _results.TryGetValue(key, out var result) ? result : null;

    /// <summary>The error code of a failed command, or null.</summary>
    public string? ErrorCodeOf(string key) => _errors.TryGetValue(key, out var error) ? ReadError(error).Code : null;

    /// <summary>
    /// The command's answer as if it had been called alone: the typed response, or the method's typed exception
    /// for its <c>result_error</c>; null when the batch holds neither (a command after a halt).
    /// </summary>
    public Bitrix24Response<TResult>? ResponseFor<TResult>(Bitrix24Method<TResult> method, string key, out Bitrix24Exception? error)
    {
        error = null;
        if (_errors.TryGetValue(key, out var failure))
        {
            var (code, message) = ReadError(failure);
            error = method.CreateException(new Bitrix24ErrorInfo(method.Name, code, message, 200, failure.GetRawText()));
            return null;
        }

        if (!_results.TryGetValue(key, out var result))
        {
            return null;
        }

        var bytes = Utf8(result);
        var reader = new Utf8JsonReader(bytes);
        reader.Read();
        TResult typed;
        JsonElement? raw = null;
        if (!method.ParseResult(ref reader, out typed))
        {
            raw = result;
            typed = default!;
        }

        return new Bitrix24Response<TResult>
        {
            Result = typed,
            RawResult = raw,
            Time = TimeOf(key),
            Total = _totals.TryGetValue(key, out var total) && total.TryGetInt64(out var count) ? count : null,
            Next = _nexts.TryGetValue(key, out var next) && next.TryGetInt64(out var start) ? start : null,
        };
    }

    private static void Collect(JsonElement member, Dictionary<string, JsonElement> target)
    {
        if (member.ValueKind == JsonValueKind.Object)
        {
            foreach (var entry in member.EnumerateObject())
            {
                target[entry.Name] = entry.Value;
            }
        }
        else if (member.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var entry in member.EnumerateArray())
            {
                target[index.ToString(CultureInfo.InvariantCulture)] = entry;
                index++;
            }
        }
    }

    private static (string Code, string Message) ReadError(JsonElement failure)
    {
        // REST 2: {"error": "CODE", "error_description": "..."}; REST 3.0: {"error": {"code", "message"}}.
        var error = failure.TryGetProperty("error", out var e) ? e : default;
        if (error.ValueKind == JsonValueKind.Object)
        {
            return (Text(error, "code"), Text(error, "message"));
        }

        return (error.ValueKind == JsonValueKind.String ? error.GetString() ?? string.Empty : error.ValueKind == JsonValueKind.Number ? error.GetRawText() : string.Empty,
            Text(failure, "error_description"));
    }

    private static string Text(JsonElement owner, string name)
        => owner.ValueKind == JsonValueKind.Object && owner.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? string.Empty : string.Empty;

    private static T? Read<T>(JsonElement element, ReadValue<T> read)
    {
        var reader = new Utf8JsonReader(Utf8(element));
        reader.Read();
        return read(ref reader);
    }

    internal static byte[] Utf8(JsonElement element)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            element.WriteTo(writer);
        }

        return buffer.ToArray();
    }

    private delegate T? ReadValue<T>(ref Utf8JsonReader reader);
}
