using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;
using Bitrix24.Client.Errors;
using Bitrix24.Client.Http;
using Bitrix24.Client.Json;
using Bitrix24.Client.Transport;

namespace Bitrix24.Client.Batch;

/// <summary>
/// The <c>result</c> of a <c>batch</c> call, per command key: REST 2's <c>result</c>, <c>result_error</c>,
/// <c>result_total</c>, <c>result_next</c> and <c>result_time</c> (each may be PHP's <c>[]</c> when empty, and an
/// array when the keys are numeric), or REST 3.0's array of results in command order.
/// </summary>
internal sealed class BatchAnswer : IMultiMethodResult
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
            // Without readable results and errors no command can be answered; a garbled total, next or time only loses that detail.
            if (member.Name is "result" or "result_error" && member.Value.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array))
            {
                return false;
            }

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

    /// <summary>The error code of a failed command, or null (also when its error entry is unreadable).</summary>
    public string? ErrorCodeOf(string key) => _errors.TryGetValue(key, out var error) ? ReadError(error)?.Code : null;

    /// <summary>The answer of a <c>batch</c> call, or the typed error saying its <c>result</c> had a shape no batch answer has.</summary>
    public static BatchAnswer Of(Bitrix24Response<BatchAnswer> response, string method)
        => response.Result ?? throw new Bitrix24ResponseFormatException(new Bitrix24ErrorInfo(
            method, string.Empty, "The batch answer's result holds neither per-command results nor errors.", 200, response.RawResult?.GetRawText() ?? string.Empty));

    /// <summary>
    /// The command's answer as if it had been called alone: the typed response, or the method's typed exception
    /// for its <c>result_error</c> (a <see cref="Bitrix24ResponseFormatException"/> when that entry is unreadable);
    /// null when the batch holds neither (a command after a halt). Never throws.
    /// </summary>
    public Bitrix24Response<TResult>? ResponseFor<TResult>(Bitrix24Method<TResult> method, string key, out Bitrix24Exception? error)
    {
        error = null;
        if (_errors.TryGetValue(key, out var failure))
        {
            error = ReadError(failure) is { } read
                ? method.CreateException(new Bitrix24ErrorInfo(method.Name, read.Code, read.Message, 200, failure.GetRawText()) { Validation = read.Validation })
                : Unreadable(method.Name, key, "its result_error entry has no error code or description", failure);
            return null;
        }

        if (!_results.TryGetValue(key, out var result))
        {
            return null;
        }

        try
        {
            var reader = new Utf8JsonReader(Utf8(result));
            reader.Read();
            JsonElement? raw = null;
            if (!method.ParseResult(ref reader, out var typed))
            {
                raw = result;
                typed = default!;
            }

            return new Bitrix24Response<TResult>
            {
                Result = typed,
                RawResult = raw,
                Time = TimeOf(key),
                Total = _totals.TryGetValue(key, out var total) ? Int64(total) : null,
                Next = _nexts.TryGetValue(key, out var next) ? Int64(next) : null,
            };
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or FormatException or ArgumentException)
        {
            error = Unreadable(method.Name, key, $"its result could not be read ({exception.Message})", result);
            return null;
        }
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

    /// <summary>REST 2: <c>{"error": "CODE", "error_description": "..."}</c>; REST 3.0: <c>{"error": {"code", "message"}}</c>. Null when neither a code nor a description can be read.</summary>
    private static (string Code, string Message, IReadOnlyList<Bitrix24FieldError> Validation)? ReadError(JsonElement failure)
    {
        if (failure.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var error = failure.TryGetProperty("error", out var e) ? e : default;
        var (code, message) = error.ValueKind == JsonValueKind.Object
            ? (Text(error, "code"), Text(error, "message"))
            : (error.ValueKind == JsonValueKind.String ? error.GetString() ?? string.Empty : error.ValueKind == JsonValueKind.Number ? error.GetRawText() : string.Empty,
                Text(failure, "error_description"));
        // The batch answer was redacted as a whole before it was parsed.
        var validation = error.ValueKind == JsonValueKind.Object && error.TryGetProperty("validation", out var fields) ? FieldErrors.Read(fields, text => text) : [];
        return code.Length == 0 && message.Length == 0 ? null : (code, message, validation);
    }

    private static long? Int64(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number when value.TryGetInt64(out var number) => number,
        JsonValueKind.String when long.TryParse(value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) => number,
        _ => null,
    };

    private static Bitrix24ResponseFormatException Unreadable(string method, string key, string problem, JsonElement raw)
        => new(new Bitrix24ErrorInfo(method, string.Empty, $"Batch command '{key}': {problem}.", 200, raw.GetRawText()));

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
