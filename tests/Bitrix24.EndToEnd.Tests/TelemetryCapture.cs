using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Linq;

namespace Bitrix24.EndToEnd.Tests;

/// <summary>Hands every stopped activity of every source, and every measurement's tags, to a callback as text.</summary>
internal sealed class TelemetryCapture : IDisposable
{
    private readonly Action<string> _record;
    private readonly ActivityListener _activities;
    private readonly MeterListener _meters = new();

    public TelemetryCapture(Action<string> record)
    {
        _record = record;
        _activities = new ActivityListener
        {
            ShouldListenTo = _ => true,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                ActivityNames.Add(activity.OperationName);
                _record($"{activity.Source.Name} {activity.OperationName} {activity.DisplayName} {activity.StatusDescription} "
                    + string.Join(" ", activity.TagObjects.Select(tag => $"{tag.Key}={tag.Value}"))
                    + string.Join(" ", activity.Events.SelectMany(e => e.Tags.Select(tag => $"{e.Name}:{tag.Key}={tag.Value}"))));
            },
        };
        ActivitySource.AddActivityListener(_activities);
        _meters.InstrumentPublished = (instrument, listener) => listener.EnableMeasurementEvents(instrument);
        _meters.SetMeasurementEventCallback<long>((instrument, _, tags, _) => Measured(instrument, tags));
        _meters.SetMeasurementEventCallback<double>((instrument, _, tags, _) => Measured(instrument, tags));
        _meters.SetMeasurementEventCallback<int>((instrument, _, tags, _) => Measured(instrument, tags));
        _meters.Start();
    }

    public ConcurrentBag<string> ActivityNames { get; } = [];

    public void Dispose()
    {
        _activities.Dispose();
        _meters.Dispose();
    }

    private void Measured(Instrument instrument, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var text = instrument.Meter.Name + " " + instrument.Name;
        foreach (var tag in tags)
        {
            text += $" {tag.Key}={tag.Value}";
        }

        _record(text);
    }
}
