using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Bitrix24.Generator.Tests;

/// <summary>
/// Strings that try to leave a doc comment, a comment or a string literal of the generated code, the code they smuggle
/// in, hostile specs carrying them in every text field, and the check that none of it reached the syntax tree.
/// </summary>
internal static class Breakouts
{
    /// <summary>Code that would run when the assembly loads, were it ever compiled.</summary>
    public const string Payload = "public static class Pwned { [global::System.Runtime.CompilerServices.ModuleInitializer] public static void Run() { } }";

    /// <summary>Every line break C# knows, and the characters and sequences that end a comment, an XML element or a literal.</summary>
    public static readonly (string Name, string Text)[] All =
    [
        ("LF", "\n"), ("CR", "\r"), ("CRLF", "\r\n"), ("NEL", "\u0085"), ("LS", "\u2028"), ("PS", "\u2029"), ("VT", "\v"), ("FF", "\f"),
        ("comment end", "*/"), ("doc element end", "</summary></member>"), ("quote", "\""), ("backslash", "\\"), ("utf8 quote", "\"u8 + \""),
        ("directive", "\n#if PWNED\n"), ("NUL", "\0"), ("RLO", "\u202E"), ("isolates", "\u2066\u2067\u2068\u2069"),
        ("marks", "\u200E\u200F\u061C\u202A\u202B\u202C\u202D"), ("lone surrogate", "\uD800"), ("XML non-character", "\uFFFE"),
        ("CDATA", "<![CDATA["), ("entity", "&amp;&#x0A;"), ("verbatim", "@\""), ("raw literal", "\"\"\""),
    ];

    /// <summary>Characters that must never be in generated source raw.</summary>
    public static readonly char[] Forbidden =
        ['\r', '\u0085', '\u2028', '\u2029', '\0', '\v', '\f', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C', '\u202A', '\u202B', '\u202C', '\u202D', '\uD800', '\uFFFE'];

    /// <summary>The breakout, the payload, the breakout again: whichever side escapes, code follows.</summary>
    public static string Hostile(string breakout) => breakout + Payload + breakout;

    // A wire name with brackets or braces is a pattern (no member): names carry a payload without them.
    private static string HostileName(string prefix, string breakout) => prefix + breakout + "static class Pwned : global::System.Object;" + breakout;

    /// <summary>
    /// A spec whose every text field carries <paramref name="breakout"/> (and the payload, where the field is free
    /// text): titles and docs, wire names (plain, nested, in arrays, patterns), examples, values, the type token, the
    /// result, the list's rows and id, error codes and messages, the replacement.
    /// </summary>
    public static string Spec(string method, string breakout)
    {
        var h = Quote(Hostile(breakout));
        var b = Quote(breakout);
        return $$"""
            method: {{method}}
            scope: {{h}}
            title: {{h}}
            summary: {{h}}
            access: {{h}}
            deprecated: {replacement: {{h}}}
            kind: read
            source: {{h}}
            params:
              - name: {{Quote(HostileName("s", breakout))}}
                type: string
                required: true
                description: {{h}}
                example: {{h}}
                values:
                  - {value: {{h}}, description: {{h}}}
                  - {value: {{Quote("A" + breakout)}}, description: {{h}}}
                  - {value: {{Quote("B" + breakout + "B")}}}
              - name: {{Quote(HostileName("n", breakout))}}
                type: integer
                values:
                  - {value: "7", description: {{h}}}
                  - {value: "8", description: {{h}}}
              - name: {{Quote(HostileName("t", breakout))}}
                type: {{h}}
                description: {{h}}
              - name: {{Quote(HostileName("obj", breakout))}}
                type: object
                description: {{h}}
                fields:
                  - {name: {{Quote(HostileName("f", breakout))}}, type: string, description: {{h}}, example: {{h}}}
              - name: {{Quote(HostileName("arr", breakout))}}
                type: object[]
                items:
                  - {name: {{Quote(HostileName("b", breakout))}}, type: boolean, description: {{h}}}
                  - {name: {{Quote("{" + breakout + "class Pwned { }" + breakout + "}")}}, type: string}
              - name: {{Quote("UF_" + breakout + "*")}}
                type: any
                description: {{h}}
            result:
              type: object
              description: {{h}}
              fields:
                - {name: {{Quote(HostileName("r", breakout))}}, type: string, description: {{h}}, example: {{h}}}
                - name: {{Quote("rows" + breakout)}}
                  type: object[]
                  description: {{h}}
                  items:
                    - {name: {{Quote(HostileName("i", breakout))}}, type: integer, description: {{h}}}
            list: {rows: {{Quote("result.rows" + breakout)}}, id: {{h}}, paging: next}
            errors:
              - {code: {{Quote("E" + breakout + "X")}}, message: {{h}}, status: 400}
              - {code: {{h}}, message: {{h}}}
              - {code: "", message: {{h}}}
              - {code: {{b}}, message: {{b}}}
            """;
    }

    /// <summary>A YAML double-quoted scalar holding exactly <paramref name="text"/>: anything but printable ASCII and surrogates is an escape.</summary>
    public static string Quote(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                >= ' ' and < '\u007F' => c.ToString(),
                _ when char.IsSurrogate(c) => c.ToString(), // YAML has no escape for a lone surrogate; the reader sees it raw
                _ => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
            });
        }

        return builder.Append('"').ToString();
    }

    /// <summary>
    /// What the injection would have left in the tree, were it there: the payload's class, method or attribute, a
    /// directive other than <c>#nullable enable</c>, a block comment, a syntax error, or a forbidden character kept raw.
    /// </summary>
    public static void AssertNoInjection(SyntaxTree tree)
    {
        var text = tree.ToString();
        var root = tree.GetRoot();
        var where = tree.FilePath;
        Assert.True(text.IndexOfAny(Forbidden) < 0, $"{where} holds a raw control, bidi or line-break character at {text.IndexOfAny(Forbidden)}");
        Assert.Empty(tree.GetDiagnostics().Select(diagnostic => diagnostic.ToString()));
        Assert.DoesNotContain(root.DescendantNodes().OfType<BaseTypeDeclarationSyntax>(), type => type.Identifier.Text == "Pwned");
        Assert.DoesNotContain(root.DescendantNodes().OfType<MethodDeclarationSyntax>(), method => method.Identifier.Text == "Run");
        Assert.DoesNotContain(root.DescendantNodes().OfType<AttributeSyntax>(), attribute => attribute.Name.ToString().Contains("ModuleInitializer", System.StringComparison.Ordinal));
        Assert.All(
            root.DescendantTrivia(descendIntoTrivia: true).Where(trivia => trivia.IsDirective),
            directive => Assert.Equal("#nullable enable", directive.ToString().Trim()));
        Assert.DoesNotContain(root.DescendantTrivia(descendIntoTrivia: true), trivia => trivia.IsKind(SyntaxKind.MultiLineCommentTrivia));
    }
}
