using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;
using Bitrix24.EndToEnd.Tests;
using Bitrix24.Testing;

[assembly: AssemblyFixture(typeof(LeakScan))]

namespace Bitrix24.EndToEnd.Tests;

/// <summary>
/// Watches the whole test run: every exception thrown anywhere in the process (first chance, the framework's own
/// included), every activity of every source and every metric tag. When the run ends, none may contain a secret of
/// any portal started through <see cref="StartPortalAsync"/> — the run fails otherwise.
/// </summary>
public sealed class LeakScan : IAsyncDisposable
{
    private static readonly ConcurrentBag<FakePortal> Portals = [];
    private readonly ConcurrentQueue<string> _texts = new();
    private readonly TelemetryCapture _telemetry;

    public LeakScan()
    {
        AppDomain.CurrentDomain.FirstChanceException += OnException;
        _telemetry = new TelemetryCapture(_texts.Enqueue);
    }

    /// <summary>Starts a fake portal whose secrets the scan looks for.</summary>
    public static Task<FakePortal> StartPortalAsync(CancellationToken cancellationToken = default)
        => StartPortalAsync(new FakePortalOptions(), cancellationToken);

    /// <summary>Starts a fake portal answering as <paramref name="options"/> say, whose secrets the scan looks for.</summary>
    public static async Task<FakePortal> StartPortalAsync(FakePortalOptions options, CancellationToken cancellationToken = default)
    {
        var portal = await FakePortal.StartAsync(options, cancellationToken);
        Portals.Add(portal);
        return portal;
    }

    public ValueTask DisposeAsync()
    {
        AppDomain.CurrentDomain.FirstChanceException -= OnException;
        _telemetry.Dispose();
        var secrets = Portals.SelectMany(portal => portal.Secrets).Distinct().ToList();
        if (secrets.Count == 0)
        {
            // A filtered run that started no portal: nothing to look for.
            return ValueTask.CompletedTask;
        }

        if (_texts.IsEmpty)
        {
            throw new InvalidOperationException($"The leak scan saw {secrets.Count} secrets but no exception, activity or metric: it is not watching.");
        }

        var leaks = _texts.Where(text => secrets.Any(secret => text.Contains(secret, StringComparison.Ordinal))).ToList();
        if (leaks.Count > 0)
        {
            var first = secrets.Aggregate(leaks[0], (text, secret) => text.Replace(secret, "<SECRET>", StringComparison.Ordinal));
            throw new InvalidOperationException($"{leaks.Count} outputs hold a portal secret, the first: {first}");
        }

        return ValueTask.CompletedTask;
    }

    private void OnException(object? sender, FirstChanceExceptionEventArgs e)
    {
        _texts.Enqueue(e.Exception.GetType().FullName + ": " + e.Exception.Message + " " + e.Exception.InnerException?.Message);
        if (e.Exception is Bitrix24.Client.Errors.Bitrix24Exception error)
        {
            _texts.Enqueue(error.RawBody);
        }
    }
}
