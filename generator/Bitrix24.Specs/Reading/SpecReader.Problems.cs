using System;
using Bitrix24.Specs.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Bitrix24.Specs.Reading;

/// <content>Problem reporting: where a problem is, the spec's limits, and messages that stay one short line.</content>
public sealed partial class SpecReader
{
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
