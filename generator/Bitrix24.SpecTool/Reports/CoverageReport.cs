using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Bitrix24.Specs.Model;
using Bitrix24.SpecTool.Extraction;

namespace Bitrix24.SpecTool.Reports;

/// <summary>What a sweep covered: pages, methods, parameters and errors per scope, and the warnings by kind — as markdown and HTML.</summary>
internal static partial class CoverageReport
{
    public static string Markdown(SweepResult result, string title)
    {
        var text = new StringBuilder();
        text.AppendLine($"# {title}").AppendLine();
        text.AppendLine("| pages read | method pages | specs | parameters and fields | errors | pages with warnings | pages that could not be read | time |");
        text.AppendLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        var totals = Totals(result);
        text.AppendLine(CultureInfo.InvariantCulture, $"| {totals.Pages} | {totals.MethodPages} | {totals.Specs} | {totals.Parameters} | {totals.Errors} | {totals.PagesWithWarnings} | {totals.Unreadable} | {result.Elapsed.TotalSeconds:0.0} s |");
        text.AppendLine().AppendLine("## By scope").AppendLine();
        text.AppendLine("| scope | methods | REST 3.0 | deprecated | parameters and fields | errors |");
        text.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        foreach (var scope in Scopes(result))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {scope.Name} | {scope.Methods} | {scope.Rest3} | {scope.Deprecated} | {scope.Parameters} | {scope.Errors} |");
        }

        AppendResults(text, result);
        text.AppendLine().AppendLine("## Pages that are not methods").AppendLine();
        foreach (var group in result.Pages.Where(page => page.SkipReason is not null).GroupBy(page => page.SkipReason).OrderByDescending(group => group.Count()))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- {group.Key}: {group.Count()} (for example `{group.First().Page}`)");
        }

        text.AppendLine().AppendLine("## Warnings by kind").AppendLine();
        foreach (var group in WarningKinds(result))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- {group.Kind}: {group.Count} (for example `{group.Example}`)");
        }

        return text.ToString();
    }

    public static string Html(SweepResult result, string title)
    {
        var totals = Totals(result);
        var html = new StringBuilder();
        html.AppendLine("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>").Append(WebUtility.HtmlEncode(title)).AppendLine("</title>");
        html.AppendLine("<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}td:first-child,th:first-child{text-align:left}</style></head><body>");
        html.Append("<h1>").Append(WebUtility.HtmlEncode(title)).AppendLine("</h1>");
        html.AppendLine(CultureInfo.InvariantCulture, $"<p>{totals.Pages} pages read, {totals.MethodPages} method pages, {totals.Specs} specs, {totals.Parameters} parameters and fields, {totals.Errors} errors, {totals.PagesWithWarnings} pages with warnings, {totals.Unreadable} pages that could not be read, {result.Elapsed.TotalSeconds:0.0} s.</p>");
        html.AppendLine("<table><tr><th>scope</th><th>methods</th><th>REST 3.0</th><th>deprecated</th><th>parameters and fields</th><th>errors</th></tr>");
        foreach (var scope in Scopes(result))
        {
            html.AppendLine(CultureInfo.InvariantCulture, $"<tr><td>{WebUtility.HtmlEncode(scope.Name)}</td><td>{scope.Methods}</td><td>{scope.Rest3}</td><td>{scope.Deprecated}</td><td>{scope.Parameters}</td><td>{scope.Errors}</td></tr>");
        }

        var results = ResultTotals.Of(result);
        html.AppendLine("</table><h2>Typed results</h2>");
        html.AppendLine(CultureInfo.InvariantCulture, $"<p>{WebUtility.HtmlEncode(results.Summary)}</p><table><tr><th>route or reason</th><th>methods</th></tr>");
        foreach (var (name, count) in results.ByRouteOrReason)
        {
            html.AppendLine(CultureInfo.InvariantCulture, $"<tr><td>{WebUtility.HtmlEncode(name)}</td><td>{count}</td></tr>");
        }

        html.AppendLine("</table><h2>Warnings by kind</h2><ul>");
        foreach (var group in WarningKinds(result))
        {
            html.AppendLine(CultureInfo.InvariantCulture, $"<li>{WebUtility.HtmlEncode(group.Kind)}: {group.Count} (for example <code>{WebUtility.HtmlEncode(group.Example)}</code>)</li>");
        }

        return html.AppendLine("</ul></body></html>").ToString();
    }

    // How each method's result was typed (its route) or why not, with the typed share of the methods whose docs give an object result.
    private static void AppendResults(StringBuilder text, SweepResult result)
    {
        var results = ResultTotals.Of(result);
        text.AppendLine().AppendLine("## Typed results").AppendLine();
        text.AppendLine(results.Summary).AppendLine();
        text.AppendLine("| route or reason | methods |");
        text.AppendLine("| --- | ---: |");
        foreach (var (name, count) in results.ByRouteOrReason)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {count} |");
        }

        text.AppendLine().AppendLine("### Result of each method").AppendLine();
        text.AppendLine("| method | REST | result | route or reason | list rows |");
        text.AppendLine("| --- | ---: | --- | --- | --- |");
        foreach (var (page, spec) in results.Methods)
        {
            var how = page.Route is { } route ? ResultTotals.Name(route) : page.UntypedReason ?? string.Empty;
            text.AppendLine(CultureInfo.InvariantCulture, $"| {spec.Method} | {spec.Rest} | {Cell(spec.Result?.Ref ?? spec.Result?.Type)} | {how} | {Cell(spec.List?.Rows)} |");
        }
    }

    private static string Cell(string? text) => string.IsNullOrEmpty(text) ? string.Empty : $"`{text.Replace("|", "\\|", StringComparison.Ordinal)}`";

    private static (int Pages, int MethodPages, int Specs, int Parameters, int Errors, int PagesWithWarnings, int Unreadable) Totals(SweepResult result)
        => (result.Pages.Count,
            result.Pages.Count(page => page.Spec is not null),
            result.Specs.Count,
            result.Specs.Values.Sum(spec => Count(spec.Params)),
            result.Specs.Values.Sum(spec => spec.Errors.Count),
            result.Pages.Count(page => page.Warnings.Count > 0),
            result.Pages.Count(page => page.SkipReason == PageResult.Unreadable));

    private static IEnumerable<(string Name, int Methods, int Rest3, int Deprecated, int Parameters, int Errors)> Scopes(SweepResult result)
        => result.Specs
            .GroupBy(pair => pair.Key.Split('/')[0], StringComparer.Ordinal)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => (group.Key, group.Count(), group.Count(pair => pair.Value.Rest == 3), group.Count(pair => pair.Value.Deprecated), group.Sum(pair => Count(pair.Value.Params)), group.Sum(pair => pair.Value.Errors.Count)));

    private static IEnumerable<(string Kind, int Count, string Example)> WarningKinds(SweepResult result)
        => result.Warnings
            .GroupBy(warning => Quoted().Replace(warning.Message, "…"))
            .OrderByDescending(group => group.Count())
            .Select(group => (group.Key, group.Count(), $"{group.First().File}({group.First().Line})"));

    private static int Count(EquatableArray<ParamSpec> parameters) => parameters.Sum(parameter => 1 + Count(parameter.Fields) + Count(parameter.Items));

    // Names and quoted text vary; the kind of warning does not.
    [GeneratedRegex(@"""[^""]*""|\b[A-Za-z_][\w.]*\.(?:md|yaml)\b|(?<=parameter |no parameter )\S+|\b[a-z][\w]*(?:\.[\w]+)+\b")]
    private static partial Regex Quoted();
}
