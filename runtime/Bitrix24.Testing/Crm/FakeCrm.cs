using System;
using System.Collections.Generic;
using System.Linq;

namespace Bitrix24.Testing.Crm;

/// <summary>
/// The fake portal's in-memory CRM. Seed it from a test; the method handlers read and change it. All access goes
/// through one lock, so tests may seed while calls are in flight.
/// </summary>
public sealed class FakeCrm
{
    /// <summary>The most CRM items one activity may be linked to (<c>crm.activity.binding.add</c>).</summary>
    public const int MaxBindingsPerActivity = 100;

    private readonly object _gate = new();
    private readonly Dictionary<long, FakeDeal> _deals = [];
    private readonly Dictionary<long, FakeContact> _contacts = [];
    private readonly Dictionary<long, FakeCompany> _companies = [];
    private readonly Dictionary<long, FakeActivity> _activities = [];
    private readonly HashSet<long> _users = [1, 2];
    private readonly IdRuns _dealIds = new();
    private readonly IdRuns _seededDealIds = new();
    private readonly DateTimeOffset _seededAt = DateTimeOffset.Now;
    private long _nextId = 1;

    /// <summary>Adds a deal and returns it with its new identifier.</summary>
    public FakeDeal Add(FakeDeal deal) => Add(_deals, deal, id =>
    {
        deal.Id = id;
        _dealIds.Append(id, 1);
    });

    /// <summary>
    /// Adds <paramref name="count"/> deals with consecutive identifiers and returns the first. They take no memory
    /// until read through <see cref="FindDeal"/> or <see cref="Deals"/> (which keep them as full objects from then
    /// on): until then each is made up from its id when a method reads it (title <c>Deal &lt;id&gt;</c>).
    /// </summary>
    public long SeedDeals(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        lock (_gate)
        {
            var first = _nextId;
            _nextId += count;
            _dealIds.Append(first, count);
            _seededDealIds.Append(first, count);
            return first;
        }
    }

    /// <summary>Adds a contact and returns it with its new identifier; its phones and e-mails get theirs too.</summary>
    public FakeContact Add(FakeContact contact) => Add(_contacts, contact, id =>
    {
        contact.Id = id;
        foreach (var field in contact.Phones.Concat(contact.Emails))
        {
            field.Id = _nextId++;
        }
    });

    /// <summary>Adds a company and returns it with its new identifier.</summary>
    public FakeCompany Add(FakeCompany company) => Add(_companies, company, id => company.Id = id);

    /// <summary>Adds an activity, linked to its owner, and returns it with its new identifier.</summary>
    public FakeActivity Add(FakeActivity activity)
    {
        var added = Add(_activities, activity, id => activity.Id = id);
        lock (_gate)
        {
            var owner = new FakeBinding(activity.OwnerTypeId, activity.OwnerId);
            if (!activity.Bindings.Contains(owner))
            {
                activity.Bindings.Insert(0, owner);
            }
        }

        return added;
    }

    /// <summary>Adds a portal user that can be made responsible for activities.</summary>
    public void AddUser(long id)
    {
        lock (_gate)
        {
            _users.Add(id);
        }
    }

    /// <summary>Runs <paramref name="action"/> under the CRM's lock, so a check and a change happen as one step.</summary>
    public void Atomically(Action<FakeCrm> action)
    {
        lock (_gate)
        {
            action(this);
        }
    }

    /// <summary>A deal, or null.</summary>
    public FakeDeal? FindDeal(long id)
    {
        lock (_gate)
        {
            if (_deals.TryGetValue(id, out var deal))
            {
                return deal;
            }

            if (!_seededDealIds.Contains(id))
            {
                return null;
            }

            deal = SeededDeal(id);
            _deals.Add(id, deal);
            return deal;
        }
    }

    /// <summary>A contact, or null.</summary>
    public FakeContact? FindContact(long id) => Find(_contacts, id);

    /// <summary>A company, or null.</summary>
    public FakeCompany? FindCompany(long id) => Find(_companies, id);

    /// <summary>An activity, or null.</summary>
    public FakeActivity? FindActivity(long id) => Find(_activities, id);

    /// <summary>Whether a CRM item of the given type exists.</summary>
    public bool Exists(long entityTypeId, long entityId) => entityTypeId switch
    {
        CrmEntityType.Deal => FindDeal(entityId) is not null,
        CrmEntityType.Contact => FindContact(entityId) is not null,
        CrmEntityType.Company => FindCompany(entityId) is not null,
        _ => false,
    };

    /// <summary>Whether a portal user exists.</summary>
    public bool UserExists(long id)
    {
        lock (_gate)
        {
            return _users.Contains(id);
        }
    }

    /// <summary>All deals, by identifier (seeded ones become full objects, which costs memory for large seeds).</summary>
    public IReadOnlyList<FakeDeal> Deals
    {
        get
        {
            lock (_gate)
            {
                var deals = new List<FakeDeal>((int)_dealIds.Count);
                for (var rank = 0L; rank < _dealIds.Count; rank++)
                {
                    deals.Add(FindDeal(_dealIds.At(rank))!);
                }

                return deals;
            }
        }
    }

    /// <summary>The identifiers of all deals, ascending; read and use it inside <see cref="Atomically"/>.</summary>
    internal IdRuns DealIds => _dealIds;

    /// <summary>A deal for reading inside <see cref="Atomically"/>: a seeded deal nobody touched is made up and not kept.</summary>
    internal FakeDeal? ReadDeal(long id)
        => _deals.TryGetValue(id, out var deal) ? deal : _seededDealIds.Contains(id) ? SeededDeal(id) : null;

    private FakeDeal SeededDeal(long id) => new()
    {
        Id = id,
        Title = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Deal {id}"),
        Opportunity = id % 1000 * 10m,
        CreatedAt = _seededAt,
    };

    /// <summary>All activities, by identifier.</summary>
    public IReadOnlyList<FakeActivity> Activities => Snapshot(_activities);

    private T Add<T>(Dictionary<long, T> items, T item, Action<long> assignId)
    {
        lock (_gate)
        {
            var id = _nextId++;
            assignId(id);
            items.Add(id, item);
            return item;
        }
    }

    private T? Find<T>(Dictionary<long, T> items, long id)
        where T : class
    {
        lock (_gate)
        {
            return items.TryGetValue(id, out var item) ? item : null;
        }
    }

    private IReadOnlyList<T> Snapshot<T>(Dictionary<long, T> items)
    {
        lock (_gate)
        {
            return items.OrderBy(pair => pair.Key).Select(pair => pair.Value).ToList();
        }
    }
}
