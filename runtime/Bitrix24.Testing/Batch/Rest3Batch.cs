using System;
using System.Buffers;
using System.Text.Json;
using Bitrix24.Testing.Methods;
using Bitrix24.Testing.Protocol;

namespace Bitrix24.Testing.Batch;

/// <summary>
/// REST 3.0 <c>batch</c>: a JSON array of <c>{method, query}</c> run in order; <c>result</c> is the array of their
/// results, and a call that failed has <c>{"error": {...}}</c> in its place. The REST 2 <c>cmd</c> form is refused.
/// </summary>
internal sealed class Rest3Batch(MethodRunner runner)
{
    private static readonly JsonElement NoParameters = JsonDocument.Parse("{}").RootElement.Clone();

    public byte[] Run(Caller caller, JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Array)
        {
            throw new RestException(Rest3Errors.CmdBatch);
        }

        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            var index = 0;
            foreach (var call in body.EnumerateArray())
            {
                var outcome = index++ >= FakeBatch.MaxCommands ? runner.Refused(BatchErrors.LengthExceeded) : RunOne(caller, call);
                if (outcome.Result is { } result)
                {
                    writer.WriteRawValue(result, skipInputValidation: true);
                }
                else
                {
                    writer.WriteStartObject();
                    Envelope.WriteErrorMembers(writer, outcome.Error!, 3);
                    writer.WriteEndObject();
                }
            }

            writer.WriteEndArray();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private MethodOutcome RunOne(Caller caller, JsonElement call)
    {
        var isObject = call.ValueKind == JsonValueKind.Object;
        var method = isObject && call.TryGetProperty("method", out var name) && name.ValueKind == JsonValueKind.String ? name.GetString()! : string.Empty;
        if (method.Equals("batch", StringComparison.OrdinalIgnoreCase))
        {
            return runner.Refused(BatchErrors.MethodNotAllowed);
        }

        var query = isObject && call.TryGetProperty("query", out var given) && given.ValueKind == JsonValueKind.Object ? given : NoParameters;
        return runner.Run(caller, 3, method, query, idempotencyKey: null, inBatch: true);
    }
}
