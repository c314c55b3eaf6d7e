using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Bitrix24.Specs.Model;

namespace Bitrix24.SpecTool.Reports;

/// <summary>Where the English and Russian pages of a method disagree: a page missing on one side, scope, parameters, required flags, error codes.</summary>
internal static class LanguageComparison
{
    public static (IReadOnlyList<(string Method, IReadOnlyList<string> Differences)> Methods, double Agreement, int Both) Compare(
        IEnumerable<MethodSpec> english, IEnumerable<MethodSpec> russian)
    {
        var en = english.GroupBy(Key).ToDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal);
        var ru = russian.GroupBy(Key).ToDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal);
        var results = new List<(string, IReadOnlyList<string>)>();
        var agreeing = 0;
        var both = 0;
        foreach (var key in en.Keys.Union(ru.Keys).OrderBy(key => key, StringComparer.Ordinal))
        {
            var differences = new List<string>();
            if (!en.TryGetValue(key, out var left))
            {
                differences.Add("no English page");
            }
            else if (!ru.TryGetValue(key, out var right))
            {
                differences.Add("no Russian page");
            }
            else
            {
                both++;
                Differences(left, right, differences);
                agreeing += differences.Count == 0 ? 1 : 0;
            }

            if (differences.Count > 0)
            {
                results.Add((key, differences));
            }
        }

        return (results, both == 0 ? 1 : (double)agreeing / both, both);
    }

    public static string Markdown(IReadOnlyList<(string Method, IReadOnlyList<string> Differences)> methods, double agreement, int both)
    {
        var text = new StringBuilder();
        text.AppendLine("# English and Russian documentation compared").AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"{both} methods documented in both languages; {agreement:P1} agree on scope, parameters, required flags and error codes.").AppendLine();
        foreach (var (method, differences) in methods)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- `{method}`: {string.Join("; ", differences)}");
        }

        return text.ToString();
    }

    private static void Differences(MethodSpec en, MethodSpec ru, List<string> differences)
    {
        if (!string.Equals(en.Scope, ru.Scope, StringComparison.Ordinal))
        {
            differences.Add($"scope {en.Scope} / {ru.Scope}");
        }

        var enParams = en.Params.ToDictionary(p => p.Name, StringComparer.Ordinal);
        var ruParams = ru.Params.GroupBy(p => p.Name).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var onlyEn = enParams.Keys.Except(ruParams.Keys).ToList();
        var onlyRu = ruParams.Keys.Except(enParams.Keys).ToList();
        if (onlyEn.Count > 0)
        {
            differences.Add($"parameters only in English: {string.Join(", ", onlyEn)}");
        }

        if (onlyRu.Count > 0)
        {
            differences.Add($"parameters only in Russian: {string.Join(", ", onlyRu)}");
        }

        var required = enParams.Keys.Intersect(ruParams.Keys).Where(name => enParams[name].Required != ruParams[name].Required).ToList();
        if (required.Count > 0)
        {
            differences.Add($"required differs: {string.Join(", ", required)}");
        }

        var enCodes = en.Errors.Select(e => e.Code).Where(code => code.Length > 0 && !code.Any(char.IsWhiteSpace)).OrderBy(c => c, StringComparer.Ordinal).ToList();
        var ruCodes = ru.Errors.Select(e => e.Code).Where(code => code.Length > 0 && !code.Any(char.IsWhiteSpace)).OrderBy(c => c, StringComparer.Ordinal).ToList();
        if (!enCodes.SequenceEqual(ruCodes))
        {
            differences.Add($"error codes differ: {string.Join(", ", enCodes.Except(ruCodes).Select(c => "+en " + c).Concat(ruCodes.Except(enCodes).Select(c => "+ru " + c)).DefaultIfEmpty("counts"))}");
        }
    }

    private static string Key(MethodSpec spec) => spec.Rest == 3 ? $"{spec.Method} (REST 3.0)" : spec.Method;
}
