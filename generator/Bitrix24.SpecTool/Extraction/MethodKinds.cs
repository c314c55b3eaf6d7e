using System;
using System.Linq;

namespace Bitrix24.SpecTool.Extraction;

/// <summary>Read or write, from the method's verb: reads may be retried and paged, anything unknown is a write.</summary>
internal static class MethodKinds
{
    private static readonly string[] ReadVerbs =
    [
        "get", "list", "fields", "count", "search", "find", "getlist", "getfields", "getall", "check", "info", "status",
        "preview", "download", "export", "version", "settings", "access", "query", "tail", "history", "stat", "statistics",
    ];

    public static Bitrix24.Specs.Model.MethodKind Of(string method)
    {
        var verb = Verb(method);
        return ReadVerbs.Contains(verb) || verb.StartsWith("get", StringComparison.Ordinal) || verb.StartsWith("list", StringComparison.Ordinal)
            ? Bitrix24.Specs.Model.MethodKind.Read
            : Bitrix24.Specs.Model.MethodKind.Write;
    }

    public static bool IsList(string method) => Verb(method) is "list" or "getlist";

    private static string Verb(string method) => method.Substring(method.LastIndexOf('.') + 1).ToLowerInvariant();
}
