using System.Collections.Generic;

namespace Bitrix24.Testing.Crm;

/// <summary>
/// An ascending set of ids kept as runs of consecutive ids, so a million seeded deals are one run. Ids are only
/// appended in ascending order (the portal hands out ids in sequence), which keeps the runs sorted by construction.
/// Every lookup is a binary search over the runs. Not thread-safe: the CRM's lock guards it.
/// </summary>
internal sealed class IdRuns
{
    private readonly List<long> _starts = [];
    private readonly List<long> _lengths = [];
    private readonly List<long> _before = [];

    /// <summary>How many ids the set holds.</summary>
    public long Count { get; private set; }

    /// <summary>Appends <paramref name="length"/> consecutive ids starting with <paramref name="start"/>, above every id held.</summary>
    public void Append(long start, long length)
    {
        var last = _starts.Count - 1;
        if (last >= 0 && _starts[last] + _lengths[last] == start)
        {
            _lengths[last] += length;
        }
        else
        {
            _starts.Add(start);
            _lengths.Add(length);
            _before.Add(Count);
        }

        Count += length;
    }

    public bool Contains(long id)
    {
        var run = RunAtOrBelow(id);
        return run >= 0 && id < _starts[run] + _lengths[run];
    }

    /// <summary>How many ids held are smaller than <paramref name="id"/>.</summary>
    public long CountBelow(long id)
    {
        var run = RunAtOrBelow(id);
        return run < 0 ? 0 : _before[run] + System.Math.Min(id - _starts[run], _lengths[run]);
    }

    /// <summary>The id at position <paramref name="rank"/> (0-based, ascending); rank must be below <see cref="Count"/>.</summary>
    public long At(long rank)
    {
        int low = 0, high = _before.Count - 1;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (_before[middle] <= rank)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return _starts[low] + (rank - _before[low]);
    }

    /// <summary>The last run starting at or below <paramref name="id"/>, or -1.</summary>
    private int RunAtOrBelow(long id)
    {
        int low = 0, high = _starts.Count - 1, found = -1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (_starts[middle] <= id)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return found;
    }
}
