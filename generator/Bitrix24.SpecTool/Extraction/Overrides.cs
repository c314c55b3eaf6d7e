using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Bitrix24.Specs.Model;
using Bitrix24.Specs.Reading;
using YamlDotNet.RepresentationModel;

namespace Bitrix24.SpecTool.Extraction;

/// <summary>
/// Hand corrections that survive re-extraction: <c>specs/_overrides/&lt;method&gt;[.rest3].yaml</c> is a spec, and
/// <c>specs/_overrides/&lt;id&gt;.yaml</c> starting with <c>object:</c> a type, whose top-level keys replace the extracted
/// ones (a list such as <c>params</c>, <c>errors</c> or <c>fields</c> replaces the whole list). Keys the override leaves
/// out keep the extracted values.
/// </summary>
internal sealed partial class Overrides
{
    private const string StandInFields = "\nfields:\n  - {name: stand_in, type: any, required: false}\n";

    private readonly Dictionary<string, (MethodSpec Spec, HashSet<string> Keys)> _byMethod = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (ObjectSpec Type, HashSet<string> Keys)> _byType = new(StringComparer.Ordinal);

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

            // A type override may leave out 'fields' (the extracted ones stay), which a type file may not: it is read
            // with a stand-in list after its own lines, never applied since 'fields' is not among its keys.
            var read = SpecReader.Read(TypeKey().IsMatch(text) && !FieldsKey().IsMatch(text) ? text.TrimEnd() + StandInFields : text);
            if (read.Spec is null && read.Object is null)
            {
                var errors = read.Problems.Where(problem => !problem.IsWarning).Select(problem => $"{file}({problem.Line},{problem.Column}): {problem.Message}");
                throw new InvalidDataException(string.Join(Environment.NewLine, errors));
            }

            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            var keys = ((YamlMappingNode)stream.Documents[0].RootNode).Children.Keys.OfType<YamlScalarNode>().Select(key => key.Value!).ToHashSet(StringComparer.Ordinal);
            if (read.Object is not null)
            {
                overrides._byType[read.Object.Id] = (read.Object, keys);
            }
            else
            {
                overrides._byMethod[Key(read.Spec!.Method, read.Spec.Rest)] = (read.Spec, keys);
            }
        }

        return overrides;
    }

    /// <summary>The ids of the types the overrides correct.</summary>
    public IReadOnlyCollection<string> TypeIds => _byType.Keys;

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

    /// <summary>The extracted type with the keys its override (<c>object: &lt;id&gt;</c>) has replaced.</summary>
    public ObjectSpec Apply(ObjectSpec extracted)
    {
        if (!_byType.TryGetValue(extracted.Id, out var entry))
        {
            return extracted;
        }

        var (o, keys) = entry;
        return extracted with
        {
            Title = keys.Contains("title") ? o.Title : extracted.Title,
            Summary = keys.Contains("summary") ? o.Summary : extracted.Summary,
            Source = keys.Contains("source") ? o.Source : extracted.Source,
            Fields = keys.Contains("fields") ? o.Fields : extracted.Fields,
        };
    }

    private static string Key(string method, int rest) => $"{method}#{rest}";

    [GeneratedRegex(@"^object\s*:", RegexOptions.Multiline)]
    private static partial Regex TypeKey();

    [GeneratedRegex(@"^fields\s*:", RegexOptions.Multiline)]
    private static partial Regex FieldsKey();
}
