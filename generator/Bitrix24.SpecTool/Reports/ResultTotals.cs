using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Bitrix24.Specs.Model;
using Bitrix24.SpecTool.Extraction;

namespace Bitrix24.SpecTool.Reports;

/// <summary>
/// The typed results of a sweep: each method's route or reason, the count of each, and the share of the methods whose
/// docs give an object result (typed, or an object or union the routes could not type) that got a typed result.
/// </summary>
internal sealed record ResultTotals(IReadOnlyList<(PageResult Page, MethodSpec Spec)> Methods, IReadOnlyList<(string Name, int Count)> ByRouteOrReason, string Summary)
{
    public static ResultTotals Of(SweepResult result)
    {
        // One entry per written spec: the first page that documents it, as the sweep keeps it.
        var methods = result.Pages
            .Where(page => page.Spec is not null)
            .GroupBy(page => SpecFiles.RelativePath(page.Spec!), StringComparer.OrdinalIgnoreCase)
            .Where(group => result.Specs.ContainsKey(group.Key))
            .Select(group => (Page: group.First(), Spec: result.Specs[group.Key]))
            .OrderBy(entry => entry.Spec.Method, StringComparer.Ordinal)
            .ThenBy(entry => entry.Spec.Rest)
            .ToList();
        var byRoute = methods
            .GroupBy(entry => entry.Page.Route is { } route ? Name(route) : "untyped: " + (entry.Page.UntypedReason ?? "unknown"))
            .Select(group => (group.Key, group.Count()))
            .OrderBy(group => group.Key.StartsWith("untyped", StringComparison.Ordinal))
            .ThenByDescending(group => group.Item2)
            .ToList();
        var typed = methods.Count(entry => entry.Page.Route is not null);
        var objects = typed + methods.Count(entry => entry.Page.UntypedReason is ResultRoutes.NoStructure or ResultRoutes.Union);
        var unions = methods.Count(entry => entry.Page.UntypedReason is ResultRoutes.Union);
        var share = objects == 0 ? 0 : 100.0 * typed / objects;
        var structured = typed + unions == 0 ? 0 : 100.0 * typed / (typed + unions);
        var summary = string.Create(
            CultureInfo.InvariantCulture,
            $"{typed} of {objects} methods whose docs give an object result have a typed result ({share:0.0} %); of those whose docs also give the object's members, {typed} of {typed + unions} ({structured:0.0} %: the {unions} unions stay raw JSON on purpose). {methods.Count} methods in all.");
        return new ResultTotals(methods, byRoute, summary);
    }

    /// <summary>A route as the report names it.</summary>
    public static string Name(ResultRoute route)
        => route switch
        {
            ResultRoute.OwnTable => "1 own table",
            ResultRoute.SamePageSection => "2 same-page section",
            ResultRoute.OtherPageSection => "3 other-page section",
            ResultRoute.DataTypes => "4 data types",
            ResultRoute.EntityFields => "5 entity fields",
            ResultRoute.FieldsMethod => "6 fields method",
            _ => "7 returned data",
        };
}
