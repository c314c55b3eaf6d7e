using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Bitrix24.Client.Transport;

namespace Bitrix24.Client.Batch;

/// <summary>
/// The body of one <c>batch</c> call: REST 2 <c>{"halt": 0|1, "cmd": {"key": "method?query"}}</c>, or REST 3.0's JSON
/// array of <c>{"method", "query"}</c>.
/// </summary>
internal sealed class BatchRequest : IMultiMethodRequest
{
    public BatchRequest(IReadOnlyList<BatchCommand> commands, int restVersion, bool halt)
    {
        Commands = commands;
        RestVersion = restVersion;
        Halt = halt;
        Method = new Bitrix24Method<BatchAnswer>("batch", restVersion, commands.All(command => command.IsRead), BatchAnswer.TryRead, mapError: null);
    }

    public IReadOnlyList<BatchCommand> Commands { get; }

    IReadOnlyList<IMethodCommand> IMultiMethodRequest.Commands => Commands;

    public int RestVersion { get; }

    public bool Halt { get; }

    /// <summary>The <c>batch</c> method for these commands: a read when every command reads, so retries stay safe.</summary>
    public Bitrix24Method<BatchAnswer> Method { get; }

    public void WriteTo(Utf8JsonWriter writer)
    {
        if (RestVersion == 3)
        {
            writer.WriteStartArray();
            foreach (var command in Commands)
            {
                writer.WriteStartObject();
                writer.WriteString("method"u8, command.Method);
                writer.WritePropertyName("query"u8);
                command.Parameters.WriteTo(writer);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            return;
        }

        writer.WriteStartObject();
        writer.WriteNumber("halt"u8, Halt ? 1 : 0);
        writer.WriteStartObject("cmd"u8);
        foreach (var command in Commands)
        {
            var query = PhpQueryEncoder.Encode(command.Parameters);
            writer.WriteString(command.Key, query.Length == 0 ? command.Method : $"{command.Method}?{query}");
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
