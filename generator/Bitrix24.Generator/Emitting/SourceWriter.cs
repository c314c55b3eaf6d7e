using System;
using System.Text;

namespace Bitrix24.Generator.Emitting;

/// <summary>A small indented writer, so emitters read like the code they write.</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _builder = new();
    private int _indent;

    /// <summary>One line of code. A line break inside it would let text meant for a comment or literal run as code: that is a generator bug, never output.</summary>
    public SourceWriter Line(string text = "")
    {
        if (text.IndexOfAny(GeneratedText.LineBreaks) >= 0)
        {
            throw new InvalidOperationException("A generated line holds a line break: " + text);
        }

        if (text.Length > 0)
        {
            _builder.Append(' ', _indent * 4);
        }

        _builder.Append(text).Append('\n');
        return this;
    }

    public SourceWriter Open(string header)
    {
        Line(header);
        Line("{");
        _indent++;
        return this;
    }

    public SourceWriter Indent()
    {
        _indent++;
        return this;
    }

    public SourceWriter Unindent()
    {
        _indent--;
        return this;
    }

    public SourceWriter Close(string suffix = "")
    {
        _indent--;
        return Line("}" + suffix);
    }

    /// <summary>A <c>&lt;summary&gt;</c> (and optional <c>&lt;remarks&gt;</c>) doc comment from XML; make spec text safe with <see cref="GeneratedText.Doc"/>.</summary>
    public SourceWriter Doc(string summary, string? remarks = null)
    {
        DocElement("summary", summary);
        if (!string.IsNullOrEmpty(remarks))
        {
            DocElement("remarks", remarks!);
        }

        return this;
    }

    /// <summary>Doc comment XML, one <c>///</c> line per <c>\n</c>-separated line; spec text goes through <see cref="GeneratedText.Doc"/> first.</summary>
    public SourceWriter DocLine(string xml)
    {
        foreach (var line in xml.Split('\n'))
        {
            Line("/// " + line.TrimEnd());
        }

        return this;
    }

    public override string ToString() => _builder.ToString();

    private void DocElement(string element, string text)
    {
        if (text.IndexOf('\n') < 0)
        {
            DocLine($"<{element}>{text}</{element}>");
            return;
        }

        DocLine($"<{element}>");
        DocLine(text);
        DocLine($"</{element}>");
    }
}
