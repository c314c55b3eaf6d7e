using System;
using Bitrix24.Generator.Emitting;

namespace Bitrix24.Generator.Tests;

/// <summary>The writer's backstop: only our own template text breaks lines; a value that holds a line break is a generator bug and throws.</summary>
public sealed class SourceWriterTests
{
    public static TheoryData<string> LineBreaks => ["\r", "\n", "\r\n", "\u0085", "\u2028", "\u2029"];

    [Fact]
    public void A_template_is_written_line_by_line_at_the_current_indentation()
    {
        var writer = new SourceWriter().Open("class C");
        var name = "M";

        writer.Template($$"""
            void {{name}}()
            {
            }

            int X;
            """);

        Assert.Equal("class C\n{\n    void M()\n    {\n    }\n\n    int X;\n", writer.ToString());
    }

    [Theory]
    [MemberData(nameof(LineBreaks))]
    public void A_value_with_a_line_break_in_a_template_throws(string lineBreak)
    {
        var value = "a" + lineBreak + "b";

        Assert.Throws<InvalidOperationException>(() => new SourceWriter().Template($$"""int {{value}};"""));
    }

    [Theory]
    [MemberData(nameof(LineBreaks))]
    public void A_line_with_a_line_break_throws(string lineBreak)
        => Assert.Throws<InvalidOperationException>(() => new SourceWriter().Line("a" + lineBreak + "b"));
}
