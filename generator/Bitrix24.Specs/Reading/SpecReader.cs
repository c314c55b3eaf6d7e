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
/// Reads a YAML spec into a <see cref="MethodSpec"/>. Never throws: every problem comes back as a
/// <see cref="SpecProblem"/> with its line and column. What a spec may cost is bounded by <see cref="SpecLimits"/>.
/// </summary>
public sealed class SpecReader
{
    private static readonly string[] TopKeys =
        ["method", "rest", "scope", "title", "summary", "access", "deprecated", "kind", "source", "params", "result", "list", "errors"];

    private static readonly string[] ParamKeys = ["name", "type", "required", "description", "example", "values", "fields", "items"];
    private static readonly string[] ValueKeys = ["value", "description"];
    private static readonly string[] ResultKeys = ["type", "description", "fields", "items"];
    private static readonly string[] ListKeys = ["rows", "id", "paging"];
    private static readonly string[] ErrorKeys = ["code", "message", "status"];
    private static readonly string[] DeprecatedKeys = ["replacement"];

    // \z, not $: $ also matches before a final "\n", which would reach the generated code.
    private static readonly Regex MethodName = new(@"^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_]*)*\z", RegexOptions.CultureInvariant);

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
                spec = ReadMethod(mapping);
            }
            else
            {
                _problems.Add(new SpecProblem(
                    SpecProblemKind.MissingKey,
                    "A spec is a YAML mapping that starts with 'method:'.",
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
        return new SpecReadResult(hasErrors ? null : spec, _problems.ToEquatableArray());
    }

    private MethodSpec? ReadMethod(YamlMappingNode map)
    {
        CheckKeys(map, TopKeys, "spec");
        var methodNode = Child(map, "method");
        var method = Text(methodNode, "method");
        if (methodNode is null)
        {
            Report(SpecProblemKind.MissingKey, "The spec has no 'method:' key.", map);
        }
        else if (method is null)
        {
            Report(SpecProblemKind.MissingKey, "'method' is empty.", methodNode);
        }
        else
        {
            CheckMethodName(method, methodNode);
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

    private void CheckMethodName(string method, YamlNode node)
    {
        var segments = method.Count(c => c == '.') + 1;
        var longest = segments > SpecLimits.MaxMethodSegments ? null : method.Split('.').OrderByDescending(segment => segment.Length).First();
        if (longest is null)
        {
            Report(SpecProblemKind.LimitExceeded, $"The method name '{Shorten(method)}' has {segments} segments; at most {SpecLimits.MaxMethodSegments}.", node);
        }
        else if (!TooLong(longest, node, SpecLimits.MaxNameLength, "The method name's segment")
                 && !TooLong(method, node, SpecLimits.MaxMethodLength, "The method name")
                 && !MethodName.IsMatch(method))
        {
            Report(SpecProblemKind.InvalidMethodName, $"'{Shorten(method)}' is not a REST method name: dotted segments of letters, digits and '_', each starting with a letter.", node);
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

    private EquatableArray<ParamSpec> ReadParams(YamlNode? node, string key, int depth)
    {
        if (node is null || IsNull(node))
        {
            return EquatableArray<ParamSpec>.Empty;
        }

        if (depth > SpecLimits.MaxFieldDepth)
        {
            Report(SpecProblemKind.InvalidNesting, $"'{key}' nests deeper than {SpecLimits.MaxFieldDepth} levels.", node);
            return EquatableArray<ParamSpec>.Empty;
        }

        if (node is not YamlSequenceNode sequence)
        {
            Report(SpecProblemKind.InvalidValue, $"'{key}' is a list of parameters ('- name: ...').", node);
            return EquatableArray<ParamSpec>.Empty;
        }

        var result = new List<ParamSpec>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in sequence.Children)
        {
            if (!CountEntry(item))
            {
                break;
            }

            var parameter = ReadParam(item, key, depth);
            if (parameter is null)
            {
                continue;
            }

            if (!seen.Add(parameter.Name))
            {
                Report(SpecProblemKind.DuplicateParameter, $"'{parameter.Name}' appears twice in '{key}'.", item);
                continue;
            }

            result.Add(parameter);
        }

        return result.ToEquatableArray();
    }

    private ParamSpec? ReadParam(YamlNode node, string parentKey, int depth)
    {
        if (node is not YamlMappingNode map)
        {
            Report(SpecProblemKind.InvalidValue, $"Each entry of '{parentKey}' is a mapping with 'name' and 'type'.", node);
            return null;
        }

        CheckKeys(map, ParamKeys, "parameter");
        var nameNode = Child(map, "name");
        var name = Text(nameNode, "name");
        if (name is null)
        {
            Report(SpecProblemKind.MissingKey, $"A parameter in '{parentKey}' has no 'name'.", nameNode ?? map);
        }
        else if (TooLong(name, nameNode!, SpecLimits.MaxNameLength, "The name"))
        {
            return null;
        }

        var typeNode = Child(map, "type");
        var type = Text(typeNode, "type");
        if (type is null)
        {
            Report(SpecProblemKind.MissingKey, $"Parameter '{name}' has no 'type'.", typeNode ?? map);
        }
        else if (!TypeVocabulary.Parse(type).IsKnown)
        {
            Report(SpecProblemKind.UnknownType, $"Type '{type}' of '{name}' is not in the documented vocabulary; the value is kept as raw JSON.", typeNode!);
        }

        var label = name ?? parentKey;
        var fields = ReadParams(Child(map, "fields"), $"{label}.fields", depth + 1);
        var items = ReadParams(Child(map, "items"), $"{label}.items", depth + 1);
        CheckNesting(map, type, fields, items, label);

        return name is null || type is null
            ? null
            : new ParamSpec(
                name,
                type,
                ReadBool(Child(map, "required"), "required") ?? false,
                Text(Child(map, "description"), "description"),
                Text(Child(map, "example"), "example"),
                ReadValues(Child(map, "values")),
                fields,
                items,
                Position(map));
    }

    private void CheckNesting(YamlMappingNode map, string? type, EquatableArray<ParamSpec> fields, EquatableArray<ParamSpec> items, string label)
    {
        if (type is null)
        {
            return;
        }

        var parsed = TypeVocabulary.Parse(type);
        if (!fields.IsEmpty && parsed.Kind is not (ValueKind.Object or ValueKind.Raw))
        {
            Report(SpecProblemKind.InvalidNesting, $"'{label}' has 'fields' but its type '{type}' is not an object.", Child(map, "fields")!);
        }

        if (!items.IsEmpty && parsed.Kind is not (ValueKind.Array or ValueKind.Raw))
        {
            Report(SpecProblemKind.InvalidNesting, $"'{label}' has 'items' but its type '{type}' is not an array.", Child(map, "items")!);
        }
    }

    private EquatableArray<EnumValueSpec> ReadValues(YamlNode? node)
    {
        if (node is null || IsNull(node))
        {
            return EquatableArray<EnumValueSpec>.Empty;
        }

        if (node is not YamlSequenceNode sequence)
        {
            Report(SpecProblemKind.InvalidValue, "'values' is a list of allowed values.", node);
            return EquatableArray<EnumValueSpec>.Empty;
        }

        var values = new List<EnumValueSpec>();
        foreach (var item in sequence.Children)
        {
            if (!CountEntry(item))
            {
                break;
            }

            if (item is YamlScalarNode scalar)
            {
                if (!TooLong(scalar.Value ?? string.Empty, scalar, SpecLimits.MaxValueLength, "The allowed value"))
                {
                    values.Add(new EnumValueSpec(scalar.Value ?? string.Empty, null));
                }

                continue;
            }

            if (item is not YamlMappingNode map)
            {
                Report(SpecProblemKind.InvalidValue, "Each allowed value is a scalar or '{ value, description }'.", item);
                continue;
            }

            CheckKeys(map, ValueKeys, "value");
            var valueNode = Child(map, "value");
            var value = Text(valueNode, "value");
            if (value is null)
            {
                Report(SpecProblemKind.MissingKey, "An allowed value has no 'value'.", map);
                continue;
            }

            if (TooLong(value, valueNode!, SpecLimits.MaxValueLength, "The allowed value"))
            {
                continue;
            }

            values.Add(new EnumValueSpec(value, Text(Child(map, "description"), "description")));
        }

        return values.ToEquatableArray();
    }

    private ResultSpec? ReadResult(YamlNode? node)
    {
        if (node is null || IsNull(node))
        {
            return null;
        }

        if (node is not YamlMappingNode map)
        {
            Report(SpecProblemKind.InvalidValue, "'result' is a mapping with 'type' (and 'fields' or 'items').", node);
            return null;
        }

        CheckKeys(map, ResultKeys, "result");
        var typeNode = Child(map, "type");
        var type = Text(typeNode, "type");
        if (type is null)
        {
            Report(SpecProblemKind.MissingKey, "'result' has no 'type'.", typeNode ?? map);
        }
        else if (!TypeVocabulary.Parse(type).IsKnown)
        {
            Report(SpecProblemKind.UnknownType, $"Result type '{type}' is not in the documented vocabulary; the result is kept as raw JSON.", typeNode!);
        }

        var fields = ReadParams(Child(map, "fields"), "result.fields", depth: 1);
        var items = ReadParams(Child(map, "items"), "result.items", depth: 1);
        CheckNesting(map, type, fields, items, "result");
        return type is null ? null : new ResultSpec(type, Text(Child(map, "description"), "description"), fields, items);
    }

    private ListSpec? ReadList(YamlNode? node)
    {
        if (node is null || IsNull(node))
        {
            return null;
        }

        if (node is not YamlMappingNode map)
        {
            Report(SpecProblemKind.InvalidValue, "'list' is a mapping with 'rows', 'id' and 'paging'.", node);
            return null;
        }

        CheckKeys(map, ListKeys, "list");
        var paging = Text(Child(map, "paging"), "paging") ?? "next";
        if (paging is not ("next" or "pagination"))
        {
            Report(SpecProblemKind.InvalidValue, $"'paging' is next or pagination, not '{paging}'.", Child(map, "paging")!);
        }

        return new ListSpec(Text(Child(map, "rows"), "rows") ?? "result", Text(Child(map, "id"), "id"), paging);
    }

    private EquatableArray<ErrorSpec> ReadErrors(YamlNode? node)
    {
        if (node is null || IsNull(node))
        {
            return EquatableArray<ErrorSpec>.Empty;
        }

        if (node is not YamlSequenceNode sequence)
        {
            Report(SpecProblemKind.InvalidValue, "'errors' is a list of '{ code, message }'.", node);
            return EquatableArray<ErrorSpec>.Empty;
        }

        var errors = new List<ErrorSpec>();
        foreach (var item in sequence.Children)
        {
            if (!CountEntry(item))
            {
                break;
            }

            if (item is not YamlMappingNode map)
            {
                Report(SpecProblemKind.InvalidValue, "Each error is a mapping '{ code, message }'.", item);
                continue;
            }

            CheckKeys(map, ErrorKeys, "error");
            var codeNode = Child(map, "code");
            var code = Text(codeNode, "code");
            var message = Text(Child(map, "message"), "message");
            if (code is null && message is null)
            {
                Report(SpecProblemKind.MissingKey, "An error needs a 'code' or a 'message'.", map);
                continue;
            }

            if (code is not null && TooLong(code, codeNode!, SpecLimits.MaxValueLength, "The error code"))
            {
                continue;
            }

            errors.Add(new ErrorSpec(code ?? string.Empty, message, ReadStatus(Child(map, "status")), Position(map)));
        }

        return errors.ToEquatableArray();
    }

    private int? ReadStatus(YamlNode? node)
    {
        var text = Text(node, "status");
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var status)
            && status is >= 100 and <= 599)
        {
            return status;
        }

        Report(SpecProblemKind.InvalidValue, $"'status' is an HTTP status code, not '{text}'.", node!);
        return null;
    }

    private bool? ReadBool(YamlNode? node, string key)
    {
        var text = Text(node, key);
        if (text is null)
        {
            return null;
        }

        if (text.Equals("true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (text.Equals("false", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        Report(SpecProblemKind.InvalidValue, $"'{key}' is true or false, not '{text}'.", node!);
        return null;
    }

    // A scalar's text; null for an absent or null value. A mapping or list where a scalar belongs is reported.
    private string? Text(YamlNode? node, string key)
    {
        switch (node)
        {
            case null:
                return null;
            case YamlScalarNode scalar:
                return IsNull(scalar) ? null : scalar.Value;
            default:
                Report(SpecProblemKind.InvalidValue, $"'{key}' is a single value, not a {(node is YamlMappingNode ? "mapping" : "list")}.", node);
                return null;
        }
    }

    private void CheckKeys(YamlMappingNode map, string[] known, string what)
    {
        foreach (var key in map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value;
            if (name is null || Array.IndexOf(known, name) < 0)
            {
                var shown = name is null ? (key is YamlMappingNode ? "{...}" : "[...]") : Shorten(name);
                Report(SpecProblemKind.UnknownKey, $"Unknown {what} key '{shown}'; known keys: {string.Join(", ", known)}.", key);
            }
        }
    }

    // Counts a parameter, field, allowed value or error against SpecLimits.MaxEntries; false once the spec holds too many.
    private bool CountEntry(YamlNode item)
    {
        if (++_entries <= SpecLimits.MaxEntries)
        {
            return true;
        }

        if (_entries == SpecLimits.MaxEntries + 1)
        {
            Report(SpecProblemKind.LimitExceeded, $"The spec holds more than {SpecLimits.MaxEntries} parameters, fields, allowed values and errors.", item);
        }

        return false;
    }

    // A name, code or value that becomes a C# name must stay short; true (and reported) when it does not.
    private bool TooLong(string text, YamlNode node, int max, string what)
    {
        if (text.Length <= max)
        {
            return false;
        }

        Report(SpecProblemKind.LimitExceeded, $"{what} '{Shorten(text)}' has {text.Length} characters; at most {max}.", node);
        return true;
    }

    // Long names are quoted by their start and line breaks shown escaped, so a message stays one short line whatever the spec holds.
    private static string Shorten(string text)
        => (text.Length <= 40 ? text : text.Substring(0, 40) + "...").Replace("\r", "\\r").Replace("\n", "\\n");

    private static YamlNode? Child(YamlMappingNode map, string key)
        => map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private static bool IsNull(YamlNode node)
        => node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any } scalar
           && (scalar.Value is null || scalar.Value.Length == 0 || scalar.Value == "~" || scalar.Value.Equals("null", StringComparison.OrdinalIgnoreCase));

    private void Report(SpecProblemKind kind, string message, YamlNode node)
        => _problems.Add(new SpecProblem(kind, message, Line(node), Column(node)));

    private static SpecPosition Position(YamlNode node) => new(Line(node), Column(node));

    private static int Line(YamlNode node) => (int)node.Start.Line;

    private static int Column(YamlNode node) => (int)node.Start.Column;

    private static (int Line, int Column) PositionOf(string text, int index)
    {
        var lineStart = text.LastIndexOf('\n', index - 1) + 1;
        var line = 1;
        for (var i = 0; i < lineStart; i++)
        {
            line += text[i] == '\n' ? 1 : 0;
        }

        return (line, index - lineStart + 1);
    }

    // YamlDotNet reports a tab in indentation at the start of the enclosing mapping; point at the tab itself.
    private static (int Line, int Column)? FindIndentTab(string yaml)
    {
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t');
            if (tab >= 0 && tab < indent)
            {
                return (i + 1, tab + 1);
            }
        }

        return null;
    }

    private static string SyntaxMessage(YamlException exception)
    {
        var message = exception.InnerException?.Message ?? exception.Message;
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(", StringComparison.Ordinal) && close > 0 ? message.Substring(close + 3) : message;
    }
}
