using System.Linq;
using Bitrix24.SpecTool.Documents;

namespace Bitrix24.SpecTool.Tests;

/// <summary>Headings keep their explicit anchor and get the slug the documentation site links them by; titles stay as before.</summary>
public sealed class HeadingSlugTests
{
    [Theory]
    [InlineData("Widget Kind", "widget-kind")]
    [InlineData("widget.links", "widgetlinks")]
    [InlineData("Parameter `options`", "parameter-options")]
    [InlineData("Spare  -  parts (old)", "spare-parts-old")]
    [InlineData("Key snake_case_name", "key-snake_case_name")]
    [InlineData("What is 42?", "what-is-42")]
    [InlineData("See [the gadget](./gadget.md) here", "see-the-gadget-here")]
    [InlineData("!!!", "")]
    public void Slugs_keep_letters_digits_underscores_and_dashes(string title, string slug)
        => Assert.Equal(slug, HeadingSlug.Of(title));

    [Theory]
    [InlineData("Чайник и кофейник", "chajnik-i-kofejnik")]
    [InlineData("Поле ЖУРНАЛ_ЮГ", "pole-zhurnal_yug")]
    [InlineData("Съешь щавель, ёлка", "suesh-shavel-yolka")]
    [InlineData("Цвет эха хвоста", "cvet-eha-hvosta")]
    [InlineData("Пыль бурь", "pyl-bur")]
    [InlineData("Моя заявка", "moya-zayavka")]
    [InlineData("Параметр options", "parametr-options")]
    public void Russian_letters_are_transliterated(string title, string slug)
        => Assert.Equal(slug, HeadingSlug.Of(title));

    [Fact]
    public void Sections_keep_the_explicit_anchor_and_number_repeated_slugs()
    {
        var sections = Parse("# Gadgets {#top}\n\n## Gadget Kind {#kind}\n\ntext\n\n## Notes\n\n### Notes\n\n## Notes ##\n\n## Empty {#}\n");

        Assert.Equal(
            ["0:::", "1:Gadgets:top:gadgets", "2:Gadget Kind:kind:gadget-kind", "2:Notes::notes", "3:Notes::notes1", "2:Notes::notes2", "2:Empty::empty"],
            sections.Select(section => $"{section.Level}:{section.Title}:{section.Anchor}:{section.Slug}"));
    }

    [Fact]
    public void Ten_thousand_headings_parse_with_distinct_slugs()
    {
        var text = string.Concat(Enumerable.Repeat("## Same title\n\nline\n\n", 10_000));

        var sections = Parse(text);

        Assert.Equal(10_001, sections.Count);
        Assert.Equal(10_000, sections.Skip(1).Select(section => section.Slug).Distinct().Count());
        Assert.Equal("same-title9999", sections[^1].Slug);
        Assert.Same(sections[^1], new DocPage("page.md", sections, []).Find("same-title9999"));
    }

    private static System.Collections.Generic.IReadOnlyList<DocSection> Parse(string text)
        => PageParser.Parse(SyntheticDocs.Lines(text));
}
