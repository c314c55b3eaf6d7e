using System.Collections.Generic;
using Bitrix24.Client.Errors;

namespace Bitrix24.Client.Paging;

/// <summary>
/// Watches a list read for the signs of a portal that pages without end: a <c>next</c> that does not move forward,
/// pages that bring no row the previous page did not already bring, more rows than the portal announced. Rows whose
/// id was on this page or the previous one are not yielded again (offset paging shifts rows when the list changes
/// while it is read, and some list filters repeat a row).
/// </summary>
internal sealed class PageProgress(string method, int pageSize)
{
    /// <summary>Pages in a row that may bring nothing new: one can be an honest shift of the list, two are a loop.</summary>
    private const int MaxStalledPages = 2;

    private HashSet<long> _previous = [];
    private HashSet<long> _current = [];
    private bool _pageBroughtNew;
    private int _stalled;
    private long _yielded;
    private long? _mostAnnounced;

    /// <summary>Counts one row of the page; false when its id was seen on this page or the previous one, so it is not yielded again.</summary>
    public bool Accept(long? id)
    {
        // Every id joins this page's set (Add runs first), so the next page is compared with all of this one.
        if (id is { } known && (!_current.Add(known) || _previous.Contains(known)))
        {
            return false;
        }

        _pageBroughtNew = true;
        _yielded++;
        return true;
    }

    /// <summary>Closes a page that the portal says more pages follow; throws when the read has stopped making progress.</summary>
    /// <param name="total">The page's <c>total</c>, when the portal announced one.</param>
    /// <exception cref="Bitrix24ResponseFormatException">The read loops.</exception>
    public void EndPage(long? total)
    {
        // An empty page counts too: the portal said more would follow it.
        _stalled = _pageBroughtNew ? 0 : _stalled + 1;
        if (_stalled >= MaxStalledPages)
        {
            throw Loop($"{_stalled} pages in a row brought no row not already read");
        }

        // total is the count when the page was made: take the largest seen, and allow one page of rows added meanwhile.
        if (total is { } count && (_mostAnnounced is not { } most || count > most))
        {
            _mostAnnounced = count;
        }

        if (_mostAnnounced is { } announced && _yielded > announced + pageSize)
        {
            throw Loop($"{_yielded} rows were read but the portal announced at most {announced}");
        }

        (_previous, _current) = (_current, _previous);
        _current.Clear();
        _pageBroughtNew = false;
    }

    /// <summary>Checks that <c>next</c> moves past the <c>start</c> the page was asked for.</summary>
    /// <exception cref="Bitrix24ResponseFormatException"><paramref name="next"/> is not after <paramref name="start"/>.</exception>
    public void CheckNext(long start, long next)
    {
        if (next <= start)
        {
            throw Loop($"the page asked for with start={start} answered next={next}, which does not move forward");
        }
    }

    private Bitrix24ResponseFormatException Loop(string problem)
        => new(new Bitrix24ErrorInfo(method, string.Empty, $"Paging stopped: {problem}; reading on would repeat rows without end.", 200, string.Empty));
}
