namespace Bitrix24.Testing;

/// <summary>
/// A list method that pages wrongly, for testing that a client stops instead of reading forever
/// (<see cref="FakeFaults.ListFault"/>). Each holds until switched off.
/// </summary>
public enum FakeListFault
{
    /// <summary>Lists page correctly.</summary>
    None,

    /// <summary><c>crm.deal.list</c> answers <c>next</c> equal to the <c>start</c> it was asked for, on every page that has a <c>next</c>.</summary>
    NextDoesNotAdvance,

    /// <summary><c>crm.deal.list</c> serves the first page whatever <c>start</c> says, and <c>next</c> is always <c>start</c> + 50, past <c>total</c> too: only the client can end the read.</summary>
    IgnoresStart,

    /// <summary><c>crm.deal.list</c> ignores the <c>ID</c> conditions of <c>filter</c> (<c>&gt;ID</c> too).</summary>
    IgnoresIdFilter,

    /// <summary><c>tasks.task.list</c> serves the first page whatever <c>pagination.page</c> says.</summary>
    IgnoresPage,
}
