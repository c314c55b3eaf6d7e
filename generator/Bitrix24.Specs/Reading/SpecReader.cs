using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Bitrix24.Specs.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Bitrix24.Specs.Reading;

/// <summary>
/// Reads a YAML spec file: a <see cref="MethodSpec"/> (the file starts with <c>method:</c>) or a named type, an
/// <see cref="ObjectSpec"/> (<c>object:</c>), told apart by that key, never by the folder. Never throws: every problem comes back as a
/// <see cref="SpecProblem"/> with its line and column. What a spec may cost is bounded by <see cref="SpecLimits"/>.
/// </summary>
public sealed partial class SpecReader
{
    private static readonly string[] TopKeys =
        ["method", "rest", "scope", "title", "summary", "access", "deprecated", "kind", "source", "params", "result", "list", "errors"];

    private static readonly string[] DeprecatedKeys = ["replacement"];

    // \z, not $: $ also matches before a final "\n", which would reach the generated code.
    private static readonly DottedName MethodName = new(
        "method name",
        new Regex(@"^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_]*)*\z", RegexOptions.CultureInvariant),
        "a REST method name: dotted segments of letters, digits and '_', each starting with a letter");

    private static readonly DottedName TypeId = new(
        "type id",
        new Regex(@"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*\z", RegexOptions.CultureInvariant),
        "a type id: dotted lower-case segments of letters, digits and '_', each starting with a letter");

    private const string NeitherKey = "A spec file starts with 'method:' (a method) or 'object:' (a type).";

    private readonly List<SpecProblem> _problems = [];
    private int _entries;

    private SpecReader()
    {
    }

    /// <summary>Reads one spec file's text.</summary>
    public static SpecReadResult Read(string yaml) => new SpecReader().ReadDocument(yaml);

    private SpecReadResult ReadDocument(string yaml)
    {
        if (yaml.Length > SpecLimits.MaxFileLength)
        {
            var (line, column) = PositionOf(yaml, SpecLimits.MaxFileLength);
            _problems.Add(new SpecProblem(SpecProblemKind.LimitExceeded, $"The spec has {yaml.Length} characters; a spec file has at most {SpecLimits.MaxFileLength}.", line, column));
            return new SpecReadResult(null, _problems.ToEquatableArray());
        }

        MethodSpec? spec = null;
        ObjectSpec? type = null;
        try
        {
            var stream = new YamlStream();
            stream.Load(new BoundedParser(new Parser(new StringReader(yaml))));
            if (stream.Documents.Count > 1)
            {
                var extra = stream.Documents[1].RootNode;
                Report(SpecProblemKind.InvalidValue, "A spec file holds one YAML document; split the others into their own files.", extra);
            }

            var root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
            if (root is YamlMappingNode mapping)
            {
                (spec, type) = ReadRoot(mapping);
            }
            else
            {
                _problems.Add(new SpecProblem(
                    SpecProblemKind.MissingKey,
                    NeitherKey,
                    root is null ? 1 : Line(root),
                    root is null ? 1 : Column(root)));
            }
        }
        catch (SpecBoundsException exception)
        {
            _problems.Add(exception.Problem);
        }
        catch (YamlException exception)
        {
            var (line, column) = exception.Message.IndexOf("tab", StringComparison.OrdinalIgnoreCase) >= 0 && FindIndentTab(yaml) is { } tab
                ? tab
                : ((int)exception.Start.Line, (int)exception.Start.Column);
            _problems.Add(new SpecProblem(SpecProblemKind.YamlSyntax, SyntaxMessage(exception), line, column));
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException or NotSupportedException)
        {
            // YamlDotNet reports a few structural faults (such as duplicate keys) without a mark.
            _problems.Add(new SpecProblem(SpecProblemKind.YamlSyntax, exception.Message, 1, 1));
        }

        var hasErrors = _problems.Any(problem => !problem.IsWarning);
        return new SpecReadResult(hasErrors ? null : spec, _problems.ToEquatableArray(), hasErrors ? null : type);
    }

    private (MethodSpec? Spec, ObjectSpec? Type) ReadRoot(YamlMappingNode map)
    {
        if (KeyNode(map, "object") is not { } objectKey)
        {
            return (ReadMethod(map), null);
        }

        if (KeyNode(map, "method") is not null)
        {
            Report(SpecProblemKind.InvalidValue, "A spec file is a method ('method:') or a type ('object:'), not both.", objectKey);
            return (null, null);
        }

        return (null, ReadObject(map));
    }

    private MethodSpec? ReadMethod(YamlMappingNode map)
    {
        CheckKeys(map, TopKeys, "spec");
        var methodNode = Child(map, "method");
        var method = Text(methodNode, "method");
        if (methodNode is null)
        {
            Report(SpecProblemKind.MissingKey, NeitherKey, map);
        }
        else if (method is null)
        {
            Report(SpecProblemKind.MissingKey, "'method' is empty.", methodNode);
        }
        else
        {
            CheckName(method, methodNode, MethodName);
        }

        var rest = ReadRest(Child(map, "rest"));
        var (deprecated, replacement) = ReadDeprecated(Child(map, "deprecated"));
        var kind = ReadKind(Child(map, "kind"));
        var parameters = ReadParams(Child(map, "params"), "params", depth: 1);
        var result = ReadResult(Child(map, "result"));
        var list = ReadList(Child(map, "list"));
        var errors = ReadErrors(Child(map, "errors"));

        return method is null
            ? null
            : new MethodSpec(
                method,
                rest,
                Text(Child(map, "scope"), "scope"),
                Text(Child(map, "title"), "title"),
                Text(Child(map, "summary"), "summary"),
                Text(Child(map, "access"), "access"),
                deprecated,
                replacement,
                kind,
                Text(Child(map, "source"), "source"),
                parameters,
                result,
                list,
                errors,
                Position(methodNode!));
    }

    private void CheckName(string name, YamlNode node, DottedName rule)
    {
        var segments = name.Count(c => c == '.') + 1;
        var longest = segments > SpecLimits.MaxMethodSegments ? null : name.Split('.').OrderByDescending(segment => segment.Length).First();
        if (longest is null)
        {
            Report(SpecProblemKind.LimitExceeded, $"The {rule.What} '{Shorten(name)}' has {segments} segments; at most {SpecLimits.MaxMethodSegments}.", node);
        }
        else if (!TooLong(longest, node, SpecLimits.MaxNameLength, $"The {rule.What}'s segment")
                 && !TooLong(name, node, SpecLimits.MaxMethodLength, $"The {rule.What}")
                 && !rule.Pattern.IsMatch(name))
        {
            Report(SpecProblemKind.InvalidMethodName, $"'{Shorten(name)}' is not {rule.Description}.", node);
        }
    }

    private int ReadRest(YamlNode? node)
    {
        var text = Text(node, "rest");
        if (text is null)
        {
            return 2;
        }

        if (text is "2" or "3")
        {
            return text[0] - '0';
        }

        Report(SpecProblemKind.InvalidValue, $"'rest' is 2 or 3, not '{text}'.", node!);
        return 2;
    }

    private (bool Deprecated, string? Replacement) ReadDeprecated(YamlNode? node)
    {
        switch (node)
        {
            case null:
                return (false, null);
            case YamlMappingNode map:
                CheckKeys(map, DeprecatedKeys, "deprecated");
                return (true, Text(Child(map, "replacement"), "replacement"));
            default:
                return (ReadBool(node, "deprecated") ?? false, null);
        }
    }

    private MethodKind ReadKind(YamlNode? node)
    {
        var text = Text(node, "kind");
        switch (text)
        {
            case null or "write":
                return MethodKind.Write;
            case "read":
                return MethodKind.Read;
            default:
                Report(SpecProblemKind.InvalidValue, $"'kind' is read or write, not '{text}'.", node!);
                return MethodKind.Write;
        }
    }
}
