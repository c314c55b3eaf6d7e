using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Bitrix24.Client.Errors;
using Bitrix24.Client.Json;
using Bitrix24.Client.Transport;

namespace Bitrix24.Client.Batch;

/// <summary>
/// Collects generated calls and sends them as <c>batch</c> requests of at most 50 commands. Use it as the transport of
/// a generated client: every call returns a task that completes, after <see cref="ExecuteAsync"/>, with that command's
/// own typed result or typed exception, so which command failed is never lost.
/// <code>
/// var batch = client.Batch();
/// var api = new Bitrix24Api(batch);
/// var deal = api.Crm.Deal.GetAsync(new() { Id = 1 });
/// var contact = api.Crm.Contact.GetAsync(new() { Id = 2 });
/// await batch.ExecuteAsync();
/// var title = (await deal).Result.Title;
/// </code>
/// REST 3.0 methods go in REST 3.0's own JSON batch, separate from the REST 2 commands. Add calls from one thread; the
/// cancellation tokens given to the queued calls are not used — cancel <see cref="ExecuteAsync"/> instead. Awaiting a
/// queued call before <see cref="ExecuteAsync"/> never completes.
/// </summary>
public sealed class Bitrix24Batch : IBitrix24Transport
{
    /// <summary>The most commands one <c>batch</c> call may carry.</summary>
    public const int MaxCommands = 50;

    private static readonly Regex ReferencePattern = new(@"\$result\[([^\]]+)\]", RegexOptions.CultureInvariant);

    private readonly IBitrix24Transport _transport;
    private readonly List<Pending> _pending = [];
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);
    private string? _nextKey;
    private bool _executed;

    /// <summary>Creates a batch that sends through <paramref name="transport"/>.</summary>
    /// <param name="transport">Usually a <see cref="Bitrix24Client"/>.</param>
    /// <param name="halt">Stop at the first failing command (the portal's <c>halt</c>); later commands then fail with <see cref="Bitrix24BatchSkippedException"/>.</param>
    public Bitrix24Batch(IBitrix24Transport transport, bool halt = false)
    {
        _transport = transport ?? throw new ArgumentNullException(nameof(transport));
        Halt = halt;
    }

    /// <summary>Whether the batch stops at the first failing command.</summary>
    public bool Halt { get; }

    /// <summary>How many commands have been added.</summary>
    public int Count => _pending.Count;

    /// <summary>
    /// A value that the portal replaces with a field of an earlier command's result in the same <c>batch</c> request:
    /// <c>$result[key][field]…</c>. Put it in a string parameter, or in <c>ExtensionData</c> under the parameter's wire name.
    /// </summary>
    public static string Reference(string key, params object[] path)
    {
        if (string.IsNullOrEmpty(key))
        {
            throw new ArgumentException("A command key is required.", nameof(key));
        }

        return "$result[" + key + "]" + string.Concat((path ?? []).Select(part => "[" + Convert.ToString(part, CultureInfo.InvariantCulture) + "]"));
    }

    /// <summary>Names the next command added to this batch, so later commands can refer to its result with <see cref="Reference"/>.</summary>
    /// <returns>This batch, to chain the call that follows.</returns>
    public Bitrix24Batch Key(string key)
    {
        if (string.IsNullOrEmpty(key) || key.Any(c => c is '[' or ']' or '?' or '&' or '='))
        {
            throw new ArgumentException("A command key must be non-empty and free of [ ] ? & =.", nameof(key));
        }

        if (_keys.Contains(key))
        {
            throw new ArgumentException($"The key '{key}' is already used in this batch.", nameof(key));
        }

        _nextKey = key;
        return this;
    }

    /// <inheritdoc />
    public Task<Bitrix24Response<TResult>> SendAsync<TResult>(Bitrix24Method<TResult> method, IBitrix24Request? request, CancellationToken cancellationToken)
    {
        if (method is null)
        {
            throw new ArgumentNullException(nameof(method));
        }

        var pending = new Pending<TResult>(method, TakeKey(), JsonObjectRequest.ElementOf(request));
        Add(pending);
        return pending.Task;
    }

    /// <inheritdoc />
    public Task<Bitrix24Response<JsonElement>> CallAsync(string method, string parametersJson, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(method))
        {
            throw new ArgumentException("A REST method name is required.", nameof(method));
        }

        JsonElement parameters;
        try
        {
            using var document = JsonDocument.Parse(string.IsNullOrWhiteSpace(parametersJson) ? "{}" : parametersJson);
            parameters = document.RootElement.Clone();
        }
        catch (JsonException exception)
        {
            throw new ArgumentException($"The parameters are not valid JSON: {exception.Message}", nameof(parametersJson), exception);
        }

        if (parameters.ValueKind != JsonValueKind.Object)
        {
            throw new ArgumentException("The parameters must be one JSON object.", nameof(parametersJson));
        }

        var pending = new Pending<JsonElement>(new Bitrix24Method<JsonElement>(method, 2, isRead: false, JsonValueReader.TryReadRawItem, mapError: null), TakeKey(), parameters);
        Add(pending);
        return pending.Task;
    }

    /// <summary>
    /// Sends the commands, 50 per <c>batch</c> request (REST 2 and REST 3.0 commands in separate requests), and completes
    /// each command's task. A failed request (transport error, limit, an answer of no batch shape) fails the tasks of
    /// its commands and of every command not yet sent, and is rethrown. Every command's task completes, whatever the
    /// portal answers: with its result, its typed error, a <see cref="Bitrix24ResponseFormatException"/> when its part
    /// of the answer is unreadable, or a <see cref="Bitrix24BatchSkippedException"/> when it did not run.
    /// </summary>
    /// <exception cref="InvalidOperationException">The batch was executed already.</exception>
    /// <exception cref="ArgumentException">A command refers to a key that is not earlier in the same request of 50 (every command's task fails with it too).</exception>
    public async Task ExecuteAsync(CancellationToken cancellationToken = default)
    {
        if (_executed)
        {
            throw new InvalidOperationException("A batch is executed once; create a new one for more calls.");
        }

        _executed = true;
        var chunks = _pending.GroupBy(pending => pending.Method.RestVersion == 3)
            .SelectMany(group => group.Select((pending, index) => (pending, index)).GroupBy(item => item.index / MaxCommands, item => item.pending))
            .Select(chunk => chunk.ToList())
            .ToList();
        try
        {
            chunks.ForEach(CheckReferences);
        }
        catch (ArgumentException exception)
        {
            _pending.ForEach(pending => pending.Fail(exception));
            throw;
        }

        var halted = false;
        for (var i = 0; i < chunks.Count; i++)
        {
            var chunk = chunks[i];
            if (halted)
            {
                chunk.ForEach(pending => pending.Skip("an earlier command failed and the batch halts at the first error"));
                continue;
            }

            var rest = chunk[0].Method.RestVersion;
            var request = new BatchRequest(chunk.Select((pending, index) => pending.Command(rest == 3 ? index.ToString(CultureInfo.InvariantCulture) : pending.Key)).ToList(), rest, Halt);
            BatchAnswer answer;
            try
            {
                answer = BatchAnswer.Of(await _transport.SendAsync(request.Method, request, cancellationToken).ConfigureAwait(false), request.Method.Name);
            }
            catch (Exception exception)
            {
                foreach (var pending in chunks.Skip(i).SelectMany(remaining => remaining))
                {
                    pending.Fail(exception);
                }

                throw;
            }

            var failed = false;
            for (var index = 0; index < chunk.Count; index++)
            {
                var key = rest == 3 ? index.ToString(CultureInfo.InvariantCulture) : chunk[index].Key;
                failed |= chunk[index].Complete(answer, key, afterHalt: failed && Halt);
            }

            halted = failed && Halt;
        }
    }

    private static void CheckReferences(List<Pending> chunk)
    {
        var earlier = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pending in chunk)
        {
            foreach (Match match in ReferencePattern.Matches(pending.Parameters.GetRawText()))
            {
                if (!earlier.Contains(match.Groups[1].Value))
                {
                    throw new ArgumentException($"The command '{pending.Key}' ({pending.Method.Name}) refers to '{match.Groups[1].Value}', which is not an earlier command of the same batch request of {MaxCommands}.");
                }
            }

            earlier.Add(pending.Key);
        }
    }

    private string TakeKey()
    {
        if (_executed)
        {
            throw new InvalidOperationException("The batch was executed already; create a new one for more calls.");
        }

        var key = _nextKey ?? "c" + _pending.Count.ToString(CultureInfo.InvariantCulture);
        _nextKey = null;
        if (!_keys.Add(key))
        {
            throw new ArgumentException($"The key '{key}' is already used in this batch.");
        }

        return key;
    }

    private void Add(Pending pending) => _pending.Add(pending);

    private abstract class Pending(string key, JsonElement parameters)
    {
        public string Key { get; } = key;

        public JsonElement Parameters { get; } = parameters;

        public abstract IBitrix24MethodInfo Method { get; }

        public BatchCommand Command(string key) => new(key, Method.Name, Parameters, Method.IsRead);

        /// <summary>Completes the task from the answer; true when the command failed. A command the answer does not mention was skipped after a halt, or else the answer is incomplete.</summary>
        public abstract bool Complete(BatchAnswer answer, string key, bool afterHalt);

        public abstract void Fail(Exception exception);

        public abstract void Skip(string reason);
    }

    private sealed class Pending<TResult>(Bitrix24Method<TResult> method, string key, JsonElement parameters) : Pending(key, parameters)
    {
        private readonly TaskCompletionSource<Bitrix24Response<TResult>> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<Bitrix24Response<TResult>> Task => _completion.Task;

        public override IBitrix24MethodInfo Method => method;

        public override bool Complete(BatchAnswer answer, string key, bool afterHalt)
        {
            var response = answer.ResponseFor(method, key, out var error);
            if (error is not null)
            {
                _completion.TrySetException(error);
                return true;
            }

            if (response is null)
            {
                if (afterHalt)
                {
                    Skip("the batch halted at an earlier failing command");
                    return false;
                }

                Fail(new Bitrix24ResponseFormatException(new Bitrix24ErrorInfo(method.Name, string.Empty, $"The batch answer holds neither a result nor an error for command '{Key}'.", 200, string.Empty)));
                return true;
            }

            _completion.TrySetResult(response);
            return false;
        }

        public override void Fail(Exception exception) => _completion.TrySetException(exception);

        public override void Skip(string reason) => _completion.TrySetException(new Bitrix24BatchSkippedException(method.Name, Key, reason));
    }
}
