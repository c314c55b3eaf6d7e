using Bitrix24.SpecTool.Extraction;

namespace Bitrix24.SpecTool.Tests;

/// <summary>The targets of a type cell's links and a description cell's links; the name, marker and token read as before.</summary>
public sealed class CellLinkTests
{
    [Theory]
    [InlineData("**gadget***\n[`gadget`](#gadget)", "gadget*", "gadget", "#gadget")]
    [InlineData("**parts**\n[`part[]`](./gadget-get.md#part)", "parts", "part[]", "./gadget-get.md#part")]
    [InlineData("**kind**\n[`kind`](../data-types.md)", "kind", "kind", "../data-types.md")]
    [InlineData("**when**\n[`datetime`](a.md) \\| [`date`](b.md#d)", "when", "datetime|date", "a.md b.md#d")]
    [InlineData("**size**\n`integer`", "size", "integer", "")]
    [InlineData("**size**\n[`integer`](a.md)\n[`string`](b.md)", "size", "integer", "a.md")]
    [InlineData("`code`\n[`string`](x.md) | text", "code", "string", "x.md")]
    [InlineData("(none)", null, "", "")]
    public void A_name_cell_gives_the_hrefs_of_its_type_token(string cell, string? name, string type, string hrefs)
    {
        var parameter = CellReader.Parameter(cell);

        Assert.Equal((name?.TrimEnd('*'), name?.EndsWith('*') ?? false, type), (parameter.Name, parameter.Required, parameter.Type));
        Assert.Equal(hrefs, string.Join(" ", parameter.TypeHrefs));
        Assert.Equal((parameter.Name, parameter.Required, parameter.Type), CellReader.NameCell(cell));
    }

    [Fact]
    public void A_description_cell_gives_every_link_with_its_text()
    {
        var links = CellReader.Links("The gadget, [(full description)](#gadget). Its shape is the [`shape`](./shapes.md#shape) object; see **[the *list*](../list.md)**. ![icon](icon.png) [empty]()");

        Assert.Equal(
            [new CellLink("(full description)", "#gadget"), new CellLink("shape", "./shapes.md#shape"), new CellLink("the list", "../list.md")],
            links);
    }

    [Fact]
    public void A_cell_without_links_has_none()
        => Assert.Empty(CellReader.Links("plain `code` text"));
}
