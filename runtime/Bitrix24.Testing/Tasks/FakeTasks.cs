using System.Collections.Generic;
using System.Linq;

namespace Bitrix24.Testing.Tasks;

/// <summary>The fake portal's in-memory tasks. All access goes through one lock.</summary>
public sealed class FakeTasks
{
    private readonly object _gate = new();
    private readonly SortedDictionary<long, FakeTask> _tasks = [];
    private long _nextId = 1;

    /// <summary>Adds a task and returns it with its new identifier.</summary>
    public FakeTask Add(FakeTask task)
    {
        lock (_gate)
        {
            task.Id = _nextId++;
            _tasks.Add(task.Id, task);
            return task;
        }
    }

    /// <summary>A task, or null.</summary>
    public FakeTask? Find(long id)
    {
        lock (_gate)
        {
            return _tasks.GetValueOrDefault(id);
        }
    }

    /// <summary>All tasks, by identifier.</summary>
    public IReadOnlyList<FakeTask> All
    {
        get
        {
            lock (_gate)
            {
                return _tasks.Values.ToList();
            }
        }
    }
}
