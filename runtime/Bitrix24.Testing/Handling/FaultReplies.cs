using Bitrix24.Testing.Protocol;

namespace Bitrix24.Testing.Handling;

/// <summary>What an injected fault answers when it stops the call before the method runs.</summary>
internal static class FaultReplies
{
    /// <summary>The answer of a fault that stops the call before it runs, or null for faults that spoil a delivered answer.</summary>
    public static Reply? Refusal(FakeFault fault, int restVersion) => fault switch
    {
        FakeFault.Http500 => Reply.Error(RestError.InternalServerError, restVersion),
        FakeFault.Http502Html => new Reply(502, HtmlPages.ContentType, HtmlPages.Page(502, "Bad Gateway")),
        FakeFault.Http503Html => new Reply(503, HtmlPages.ContentType, HtmlPages.Page(503, "Service Temporarily Unavailable")),
        FakeFault.QueryLimitExceeded => Reply.Error(RestError.QueryLimitExceeded, restVersion),
        FakeFault.OverloadLimit => Reply.Error(RestError.OverloadLimit, restVersion),
        FakeFault.HtmlErrorPage => new Reply(200, HtmlPages.ContentType, HtmlPages.Page(500, "Internal Server Error")),
        FakeFault.ConnectionReset => new Reply(0, string.Empty, [], Fault: FakeFault.ConnectionReset),
        _ => null,
    };

    /// <summary>Whether the fault aborts the connection instead of answering.</summary>
    public static bool Aborts(FakeFault? fault) => fault is FakeFault.ConnectionReset or FakeFault.LostResponse;
}
