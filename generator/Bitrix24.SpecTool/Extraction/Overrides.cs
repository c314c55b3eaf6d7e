using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Bitrix24.Specs.Model;
using Bitrix24.Specs.Reading;
using YamlDotNet.RepresentationModel;

namespace Bitrix24.SpecTool.Extraction;

/// <summary>
/// Hand corrections that survive re-extraction: <c>specs/_overrides/&lt;method&gt;[.rest3].yaml</c> is a spec whose
/// top-level keys replace the extracted ones (a list such as <c>params</c> or <c>errors</c> replaces the whole list).
/// Keys the override leaves out keep the extracted values.
/// </summary>
internal sealed class Overrides
{
    private readonly Dictionary<string, (MethodSpec Spec, HashSet<string> Keys)> _byMethod = new(StringComparer.Ordinal);

    public static Overrides Load(string? folder)
    {
        var overrides = new Overrides();
        if (folder is null || !Directory.Exists(folder))
        {
            return overrides;
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*.yaml"))
        {
            var text = File.ReadAllText(file);
            var read = SpecReader.Read(text);
            if (read.Object is not null)
            {
                throw new InvalidDataException($"{file}: an override of a type ('object: {read.Object.Id}') is not applied yet; the spec tool does not extract types so far, so only method overrides ('method:') are read.");
            }

            if (read.Spec is null)
            {
                var errors = read.Problems.Where(problem => !problem.IsWarning).Select(problem => $"{file}({problem.Line},{problem.Column}): {problem.Message}");
                throw new InvalidDataException(string.Join(Environment.NewLine, errors));
            }

            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            var keys = ((YamlMappingNode)stream.Documents[0].RootNode).Children.Keys.OfType<YamlScalarNode>().Select(key => key.Value!).ToHashSet(StringComparer.Ordinal);
            overrides._byMethod[Key(read.Spec.Method, read.Spec.Rest)] = (read.Spec, keys);
        }

        return overrides;
    }

    public MethodSpec Apply(MethodSpec extracted)
    {
        if (!_byMethod.TryGetValue(Key(extracted.Method, extracted.Rest), out var entry))
        {
            return extracted;
        }

        var (o, keys) = entry;
        return extracted with
        {
            Scope = keys.Contains("scope") ? o.Scope : extracted.Scope,
            Title = keys.Contains("title") ? o.Title : extracted.Title,
            Summary = keys.Contains("summary") ? o.Summary : extracted.Summary,
            Access = keys.Contains("access") ? o.Access : extracted.Access,
            Deprecated = keys.Contains("deprecated") ? o.Deprecated : extracted.Deprecated,
            Replacement = keys.Contains("deprecated") ? o.Replacement : extracted.Replacement,
            Kind = keys.Contains("kind") ? o.Kind : extracted.Kind,
            Source = keys.Contains("source") ? o.Source : extracted.Source,
            Params = keys.Contains("params") ? o.Params : extracted.Params,
            Result = keys.Contains("result") ? o.Result : extracted.Result,
            List = keys.Contains("list") ? o.List : extracted.List,
            Errors = keys.Contains("errors") ? o.Errors : extracted.Errors,
        };
    }

    private static string Key(string method, int rest) => $"{method}#{rest}";
}
