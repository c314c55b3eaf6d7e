using System.Linq;
using Bitrix24.SpecTool.Documents;
using Bitrix24.SpecTool.Extraction;

namespace Bitrix24.SpecTool.Tests;

/// <summary>Helpers the result routes will use, not wired into today's extraction: more returned headings, sibling sections, headers by type code.</summary>
public sealed class ReturnedVocabularyTests
{
    [Theory]
    [InlineData("Returned Data", true, true)]
    [InlineData("Returned Values", false, true)]
    [InlineData("Возвращаемые значения:", false, true)]
    [InlineData("Возвращаемые данные", true, true)]
    [InlineData("Returned gadgets", false, false)]
    public void Returned_values_headings_are_returned_data(string title, bool today, bool data)
        => Assert.Equal((today, data), (Headings.IsReturned(title), Headings.IsReturnedData(title)));

    [Fact]
    public void Every_returned_section_is_collected_with_its_subsections_once()
    {
        var sections = Sections("# m\n## Response Handling\n### Returned Data\n#### Deep\n## Examples\n## Returned Data\n### Under the sibling\n## Errors");

        var first = SectionTree.FirstWithSubsections(sections, section => Headings.IsReturnedData(section.Title));
        var all = SectionTree.AllWithSubsections(sections, section => Headings.IsReturnedData(section.Title));

        Assert.Equal(["Response Handling", "Returned Data", "Deep"], first.Select(section => section.Title));
        Assert.Equal(["Response Handling", "Returned Data", "Deep", "Returned Data", "Under the sibling"], all.Select(section => section.Title));
    }

    [Theory]
    [InlineData("|| **Value**\n`type` | **Description** ||", true)]
    [InlineData("|| **Значение**\n`тип` | **Описание** ||", true)]
    [InlineData("|| **Value**\n`Type` | **Description** ||", true)]
    [InlineData("|| **VALUE**\n[`string`](x.md) | A data row named like a header word ||", false)]
    [InlineData("|| **Value** | **Description** ||", false)]
    public void A_header_is_recognised_by_its_type_code(string row, bool header)
    {
        var table = Table("#|\n" + row + "\n|| **CODE**\n[`string`](x.md) | Code ||\n|#");

        Assert.Equal(header, ParameterTables.IsTypedHeader(table.Rows[0]));
    }

    [Theory]
    [InlineData("#|\n|| **Value**\n`type` | **Description** ||\n|| **ID** | Id without a type ||\n|#", true)]
    [InlineData("#|\n|| **Name** | **Description** ||\n|| **ID** | Id ||\n|#", true)]
    [InlineData("#|\n|| **Status** | **Code** ||\n|| `400` | `BAD` ||\n|#", false)]
    public void A_field_table_has_a_header_or_starts_with_a_named_typed_row(string text, bool field)
        => Assert.Equal(field, ParameterTables.IsParameterTable(Table(text)));

    private static DocTable Table(string text)
        => PageParser.ParseYfm(SyntheticDocs.Lines(text));

    private static System.Collections.Generic.IReadOnlyList<DocSection> Sections(string text)
        => PageParser.Parse(SyntheticDocs.Lines(text));
}
