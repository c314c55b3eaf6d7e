namespace Bitrix24.Testing;

/// <summary>A transport or server failure the portal can simulate for one request.</summary>
public enum FakeFault
{
    /// <summary>500 with JSON <c>INTERNAL_SERVER_ERROR</c>; the method is not executed.</summary>
    Http500,

    /// <summary>502 with an HTML page, as a proxy in front of the portal answers; not executed.</summary>
    Http502Html,

    /// <summary>503 with an HTML page; not executed.</summary>
    Http503Html,

    /// <summary>503 with JSON <c>QUERY_LIMIT_EXCEEDED</c>; not executed.</summary>
    QueryLimitExceeded,

    /// <summary>503 with JSON <c>OVERLOAD_LIMIT</c>; not executed.</summary>
    OverloadLimit,

    /// <summary>200 with an HTML page instead of JSON; not executed.</summary>
    HtmlErrorPage,

    /// <summary>Executed; the answer's body is cut in the middle.</summary>
    TruncatedJson,

    /// <summary>Executed; the answer is sent after <see cref="FakeFaults.SlowDelay"/>.</summary>
    SlowResponse,

    /// <summary>The connection is aborted before the method is executed.</summary>
    ConnectionReset,

    /// <summary>Executed, then the connection is aborted, so the caller never sees the answer.</summary>
    LostResponse,
}
