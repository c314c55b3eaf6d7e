using System.Linq;
using Bitrix24.Specs.Model;

namespace Bitrix24.SpecTool.Tests;

/// <summary>Parameter tables in each layout, marker and type form found in the docs, on pages the tests write.</summary>
public sealed class ParameterTableTests
{
    private const string Head = "# Do something test.item.add\n\n> Scope: [`test`](x.md)\n>\n> Who can execute the method: any user\n\nThe method adds an item.\n\n";

    [Fact]
    public void Reads_names_required_markers_types_descriptions_and_examples()
    {
        using var docs = new SyntheticDocs();
        var spec = docs.Spec(Head + """
            ## Method Parameters

            {% include [Note](../../_includes/required.md) %}

            #|
            || **Name**
            `type` | **Description** ||
            || **id***
            [`integer`](../data-types.md) | Identifier, for example `999` ||
            || **title**
            [`string`](../data-types.md) | Title ||
            || **ENTITY**^*^
            [`string`](../data-types.md) | Superscript after the name ||
            || **code^*^**
            [`string`](../data-types.md) | Superscript inside the name ||
            || **weight****
            [`double`](../data-types.md) | Another marker, not required ||
            || **name***,**
            [`string`](../data-types.md) | Required and another marker ||
            || **UF_\***
            [`any`](../data-types.md) | Custom fields: the star is part of the name ||
            |#
            """);

        Assert.Equal(
            ["id*:integer", "title:string", "ENTITY*:string", "code*:string", "weight:double", "name*:string", "UF_*:any"],
            spec.Params.Select(Describe));
        Assert.Equal("Identifier, for example 999", spec.Params[0].Description);
        Assert.Equal("999", spec.Params[0].Example);
        Assert.Equal(("test.item.add", "test", "any user", "The method adds an item."), (spec.Method, spec.Scope, spec.Access, spec.Summary));
        Assert.Equal("Do something", spec.Title);
        Assert.Equal(MethodKind.Write, spec.Kind);
    }

    [Fact]
    public void Reads_every_type_form()
    {
        using var docs = new SyntheticDocs();
        var spec = docs.Spec(Head + """
            ## Method Parameters

            #|
            || **Name**
            `Type` | **Description** ||
            || **a**
            [`datetime`\|`date`](x.md) | Union inside one link ||
            || **b**
            [`string`](x.md) \| [`object`](x.md) | Union of links ||
            || **c**
            [`file`](x.md)
            [`integer`](x.md) | Links on separate lines: the first ||
            || **d**
            [```object | array```](x.md) | Triple backticks with a pipe ||
            || **e**
            `integer[]` | A bare code span ||
            || **f** | No type at all ||
            ||**g**
            [`boolean`](x.md)| No spaces around the row and cell ||
            |#
            """);

        Assert.Equal(["a:datetime|date", "b:string|object", "c:file", "d:object | array", "e:integer[]", "f:", "g:boolean"], spec.Params.Select(Describe));
    }

    [Fact]
    public void Cells_may_hold_code_fences_lists_notes_escaped_pipes_and_nested_tables()
    {
        using var docs = new SyntheticDocs();
        var spec = docs.Spec(Head + """
            ## Method Parameters

            #|
            || **filter**
            [`object`](x.md) | Format:
            ```
            { "a": 1 } || not a row end
            ```
            - `>` greater than
            - `<` less than ||
            || **mode**
            [`string`](x.md) | Values:
            - `Y` — yes
            - `N` — no

            {% note info "" %}
            A note \| with a pipe
            {% endnote %}
            ||
            || **table**
            [`object`](x.md) | A table inside a cell:
            #|
            || a | b ||
            |#
            ||
            || **last**
            [`integer`](x.md) | After the fence
            ```
            x
            ``` ||
            || **after**
            [`integer`](x.md) | Still read ||
            |#
            """);

        Assert.Equal(["filter:object", "mode:string", "table:object", "last:integer", "after:integer"], spec.Params.Select(Describe));
        Assert.Equal([("Y", "yes"), ("N", "no")], spec.Params[1].Values.Select(v => (v.Value, v.Description ?? string.Empty)));
    }

    [Fact]
    public void Russian_headings_and_header_rows()
    {
        using var docs = new SyntheticDocs();
        var spec = docs.Spec("""
            # Добавить элемент test.item.add

            > Scope: [`test`](x.md)
            >
            > Кто может выполнять метод: администратор

            {% note info "" %}

            Метод относится к REST 3.0.

            {% endnote %}

            ## Параметры метода

            #|
            || **Название**
            `тип` | **Описание** ||
            || **fields***
            [`object`](x.md) | Поля ||
            |#

            ### Параметр fields

            #|
            || **Название**
            `тип` | **Описание** ||
            || **title***
            [`string`](x.md) | Название ||
            |#
            """);

        Assert.Equal((3, "администратор"), (spec.Rest, spec.Access));
        Assert.Equal("title*:string", Describe(spec.Params.Single().Fields.Single()));
    }

    [Fact]
    public void Nested_tables_attach_at_any_depth_and_in_each_heading_form()
    {
        using var docs = new SyntheticDocs();
        var spec = docs.Spec(Head + """
            ## Method Parameters

            #|
            || **Name**
            `type` | **Description** ||
            || **fields***
            [`object`](x.md) | Fields ||
            || **items**
            [`object[]`](x.md) | Items ||
            || **filter**
            [`object`](x.md) | Filter ||
            |#

            ### Parameter fields {#fields}

            #|
            || **Name**
            `type` | **Description** ||
            || **PRODUCTS**
            [`object[]`](x.md) | Products ||
            |#

            #### PRODUCTS Parameter

            #|
            || **Name**
            `type` | **Description** ||
            || **PRICE***
            [`double`](x.md) | Price ||
            |#

            ### Items Object

            #|
            || **Name**
            `type` | **Description** ||
            || **ID**
            [`integer`](x.md) | Id ||
            |#

            #### Parameter filter.range

            #|
            || **Name**
            `type` | **Description** ||
            || **from***
            [`date`](x.md) | From ||
            |#
            """);

        var fields = spec.Params.Single(p => p.Name == "fields");
        Assert.Equal("PRICE*:double", Describe(fields.Fields.Single().Items.Single()));
        Assert.Equal("ID:integer", Describe(spec.Params.Single(p => p.Name == "items").Items.Single()));
        Assert.True(spec.Params.Single(p => p.Name == "filter").Fields.IsEmpty, "filter has no range field to attach to");
    }

    [Fact]
    public void Call_variants_in_sub_sections_merge_and_headerless_tables_are_read()
    {
        using var docs = new SyntheticDocs();
        var spec = docs.Spec(Head + """
            ## Method Parameters

            ### 1. By id

            #|
            || **Name**
            `type` | **Description** ||
            || **id***
            [`integer`](x.md) | Id ||
            || **ballot***
            [`object`](x.md) | Ballot ||
            |#

            ### 2. By code

            #|
            || **code***
            [`string`](x.md) | Code ||
            || **ballot***
            [`object`](x.md) | Ballot ||
            |#
            """);

        Assert.Equal(["id*:integer", "ballot*:object", "code*:string"], spec.Params.Select(Describe));
    }

    [Fact]
    public void Additional_parameters_under_the_parameters_heading_are_top_level()
    {
        using var docs = new SyntheticDocs();
        var spec = docs.Spec(Head + """
            ## Method Parameters

            #|
            || **Name**
            `type` | **Description** ||
            || **filter**
            [`array`](x.md) | Filter ||
            |#

            ### Additional Parameters

            #|
            || **Name**
            `type` | **Description** ||
            || **clear**
            [`integer`](x.md) | Clear ||
            |#

            ### Parameters Passed in the FORM_DATA Array

            #|
            || **Name**
            `type` | **Description** ||
            || **NOT_TOP_LEVEL**
            [`string`](x.md) | Not a parameter of the method ||
            |#
            """);

        Assert.Equal(["filter:array", "clear:integer"], spec.Params.Select(Describe));
    }

    [Fact]
    public void Old_pages_with_pipe_tables_are_read_with_markdig()
    {
        using var docs = new SyntheticDocs();
        var spec = docs.Spec(Head + """
            ## Parameters

            | Name | Description |
            |------|-------------|
            | **ID*** `integer` | Identifier |
            | **NAME** `string` | Name |
            """);

        Assert.Equal(["ID*:integer", "NAME:string"], spec.Params.Select(Describe));
    }

    private static string Describe(ParamSpec parameter) => $"{parameter.Name}{(parameter.Required ? "*" : string.Empty)}:{parameter.Type}";
}
