using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using Bitrix24.Testing.Methods;
using Bitrix24.Testing.Protocol;

namespace Bitrix24.Testing.Batch;

/// <summary>
/// REST 2 <c>batch</c>: runs the <c>cmd</c> commands in order through the ordinary handlers and writes their
/// results, errors, totals, nexts and times keyed like <c>cmd</c>, each member as PHP writes it.
/// </summary>
internal sealed class Rest2Batch(MethodRunner runner, FakeBatch settings)
{
    public byte[] Run(Caller caller, Parameters parameters)
    {
        var commands = Commands(parameters.Get("cmd"));
        var halt = IsTrue(parameters.Get("halt"));
        var outcomes = new List<(string Key, MethodOutcome Outcome)>(commands.Count);
        using var references = new ResultReferences();
        foreach (var (key, command) in commands)
        {
            var outcome = outcomes.Count >= FakeBatch.MaxCommands
                ? runner.Refused(BatchErrors.LengthExceeded)
                : RunOne(caller, command, references);
            outcomes.Add((key, outcome));
            if (outcome.Result is { } result)
            {
                references.Add(key, result);
            }
            else if (halt)
            {
                break;
            }
        }

        var timeBlock = runner.Options.TimeBlock;
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            WriteMember(writer, "result", outcomes.Where(o => o.Outcome.Result is not null), o => writer.WriteRawValue(o.Result!, skipInputValidation: true));
            WriteMember(writer, "result_error", outcomes.Where(o => o.Outcome.Error is not null), o =>
            {
                writer.WriteStartObject();
                Envelope.WriteErrorMembers(writer, o.Error!, 2);
                writer.WriteEndObject();
            });
            WriteMember(writer, "result_total", outcomes.Where(o => o.Outcome.Total is not null), o => writer.WriteNumberValue(o.Total!.Value));
            WriteMember(writer, "result_next", outcomes.Where(o => o.Outcome.Next is not null), o => writer.WriteNumberValue(o.Next!.Value));
            WriteMember(writer, "result_time", outcomes.Where(o => o.Outcome.Result is not null), o => o.Time.Write(writer, timeBlock, batchEntry: true));
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private MethodOutcome RunOne(Caller caller, string command, ResultReferences references)
    {
        var question = command.IndexOf('?', StringComparison.Ordinal);
        var method = (question < 0 ? command : command[..question]).Trim();
        if (method.Equals("batch", StringComparison.OrdinalIgnoreCase))
        {
            return runner.Refused(BatchErrors.MethodNotAllowed);
        }

        var query = question < 0 ? string.Empty : command[(question + 1)..];
        if (references.Substitute(query, settings.UnresolvedReference, out var unresolved) is not { } substituted)
        {
            return runner.Refused(BatchErrors.UnresolvedReference(unresolved!));
        }

        using var parameters = PhpQueryParser.Parse(substituted);
        return runner.Run(caller, 2, method, parameters.RootElement, idempotencyKey: null, inBatch: true);
    }

    private static List<(string Key, string Command)> Commands(JsonElement? cmd) => cmd?.ValueKind switch
    {
        JsonValueKind.Object => cmd.Value.EnumerateObject().Select(p => (p.Name, Parameters.AsString(p.Value) ?? string.Empty)).ToList(),
        JsonValueKind.Array => cmd.Value.EnumerateArray().Select((v, i) => (i.ToString(CultureInfo.InvariantCulture), Parameters.AsString(v) ?? string.Empty)).ToList(),
        _ => [],
    };

    private static bool IsTrue(JsonElement? halt) => halt?.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.Number => halt.Value.GetRawText() != "0",
        JsonValueKind.String => halt.Value.GetString() is "1" or "Y" or "y" or "true",
        _ => false,
    };

    /// <summary>Writes one keyed member: <c>[]</c> when empty, a JSON array when the keys are 0..n-1 in order (as PHP's json_encode does), else an object.</summary>
    private static void WriteMember(Utf8JsonWriter writer, string name, IEnumerable<(string Key, MethodOutcome Outcome)> entries, Action<MethodOutcome> writeValue)
    {
        var list = entries.ToList();
        var isList = list.Select((entry, index) => entry.Key == index.ToString(CultureInfo.InvariantCulture)).All(sequential => sequential);
        if (isList)
        {
            writer.WriteStartArray(name);
        }
        else
        {
            writer.WriteStartObject(name);
        }

        foreach (var (key, outcome) in list)
        {
            if (!isList)
            {
                writer.WritePropertyName(key);
            }

            writeValue(outcome);
        }

        if (isList)
        {
            writer.WriteEndArray();
        }
        else
        {
            writer.WriteEndObject();
        }
    }
}
