using System;
using System.Globalization;

namespace Bitrix24.Sample;

/// <summary>Record ids for a run against a real portal: <c>--deal 1 --other-deal 2 --activity 3 --contact 4 --company 5 --other-company 6</c>.</summary>
internal static class CommandLine
{
    public static DemoData Data(string[] args) => new(
        Id(args, "--deal", 1),
        Id(args, "--other-deal", 2),
        Id(args, "--activity", 1),
        Id(args, "--contact", 1),
        Id(args, "--company", 1),
        Id(args, "--other-company", 2));

    /// <summary>A non-negative number option, or <paramref name="fallback"/>.</summary>
    public static long Number(string[] args, string name, long fallback) => Id(args, name, fallback);

    private static long Id(string[] args, string name, long fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length && long.TryParse(args[index + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : fallback;
    }
}
