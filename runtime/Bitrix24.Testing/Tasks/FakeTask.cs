using System;
using System.Collections.Generic;

namespace Bitrix24.Testing.Tasks;

/// <summary>A task in the fake portal (REST 3.0 <c>tasks.task.*</c>).</summary>
public sealed class FakeTask
{
    /// <summary>Identifier, assigned when added.</summary>
    public long Id { get; internal set; }

    /// <summary>Title.</summary>
    public string Title { get; set; } = string.Empty;

    /// <summary>Description.</summary>
    public string Description { get; set; } = string.Empty;

    /// <summary>The user who created the task.</summary>
    public long CreatorId { get; set; } = 1;

    /// <summary>The user who does the task.</summary>
    public long ResponsibleId { get; set; } = 1;

    /// <summary>Deadline, if any.</summary>
    public DateTimeOffset? Deadline { get; set; }

    /// <summary>Status (<c>pending</c>, <c>in_progress</c>, <c>completed</c>, ...).</summary>
    public string Status { get; set; } = "pending";

    /// <summary>Priority (<c>average</c>, <c>high</c>).</summary>
    public string Priority { get; set; } = "average";

    /// <summary>Planned start, if set.</summary>
    public DateTimeOffset? StartDatePlan { get; set; }

    /// <summary>Planned end, if set.</summary>
    public DateTimeOffset? EndDatePlan { get; set; }

    /// <summary>The workgroup the task belongs to, if any.</summary>
    public long? GroupId { get; set; }

    /// <summary>Observers' user ids.</summary>
    public List<long> Auditors { get; } = [];

    /// <summary>Time estimate, if set.</summary>
    public TimeSpan? TimeEstimate { get; set; }

    /// <summary>Creation time.</summary>
    public DateTimeOffset Created { get; set; } = DateTimeOffset.Now;

    /// <summary>Last change.</summary>
    public DateTimeOffset Changed { get; set; } = DateTimeOffset.Now;
}
