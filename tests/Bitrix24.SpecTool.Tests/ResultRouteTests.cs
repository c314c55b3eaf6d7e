using System;
using System.Linq;
using Bitrix24.Specs.Model;
using Bitrix24.SpecTool.Documents;
using Bitrix24.SpecTool.Extraction;

namespace Bitrix24.SpecTool.Tests;

/// <summary>The seven result routes and the list rows path, on pages the tests write.</summary>
public sealed class ResultRouteTests : IDisposable
{
    private const string Time = "|| **time**\n[`time`](../data-types.md#time) | Timing ||\n";

    private readonly SyntheticDocs _docs = new();
    private readonly TypeRegistry _types;
    private readonly PageExtractor _extractor;

    public ResultRouteTests()
    {
        _types = new TypeRegistry(new DocIndex(_docs.Root));
        _extractor = new PageExtractor(new PageLoader(_docs.Root), _types);
    }

    public void Dispose() => _docs.Dispose();

    [Fact]
    public void Own_table_rows_by_dotted_path_become_the_result_members()
    {
        var page = Extract("test-item-get.md", "test.item.get", Table(
            "|| **result**\n[`object`](../data-types.md) | Root ||\n"
            + "|| **result.ID**\n[`integer`](../data-types.md) | Id ||\n"
            + "|| **result.payment**\n[`object`](../data-types.md) | Payment ||\n"
            + "|| **result.payment.url**\n[`string`](../data-types.md) | Link ||\n" + Time));

        Assert.Equal(ResultRoute.OwnTable, page.Route);
        var result = page.Spec!.Result!;
        Assert.Equal(["ID", "payment"], result.Fields.Select(field => field.Name));
        Assert.Equal("url", Assert.Single(result.Fields[1].Fields).Name);
    }

    [Fact]
    public void Rows_after_the_result_row_are_its_members_and_an_element_row_links_their_type()
    {
        _docs.Write("api-reference/test/fields-rest-v3.md", "# Fields\n\n## Task {#taskdto}\n\n" + Table("|| **id**\n[`integer`](../data-types.md) | Id ||\n"));
        var page = Extract("test-item-list.md", "test.item.list", Table(
            "|| **result**\n[`object`](../data-types.md) | Root ||\n"
            + "|| **items**\n[`array`](../data-types.md) | Rows ||\n"
            + "|| **items[]**\n[`object`](../data-types.md) | A row, see [Task](./fields-rest-v3.md#taskdto) ||\n"
            + "|| **total**\n[`integer`](../data-types.md) | Count ||\n" + Time));

        var spec = page.Spec!;
        var items = Assert.Single(spec.Result!.Fields);
        Assert.Equal(("items", "array"), (items.Name, items.Type));
        Assert.Equal(["id"], _types.Find(items.Ref!)!.Fields.Select(field => field.Name));
        Assert.Equal("result.items", spec.List!.Rows);
        Assert.Equal("id", spec.List.Id);
    }

    [Fact]
    public void A_link_to_a_section_of_the_same_page_defines_the_result()
    {
        var page = Extract("test-item-get.md", "test.item.get", Table("|| **result**\n[`item`](#item) | The item ||\n" + Time)
            + "\n#### Item {#item}\n\n" + Table("|| **ID**\n[`integer`](../data-types.md) | Id ||\n|| **TITLE**\n[`string`](../data-types.md) | Title ||\n"));

        Assert.Equal(ResultRoute.SamePageSection, page.Route);
        Assert.Equal(["ID", "TITLE"], _types.Find(page.Spec!.Result!.Ref!)!.Fields.Select(field => field.Name));
    }

    [Fact]
    public void A_link_to_another_page_section_types_a_list_of_rows()
    {
        Extract("test-item-get.md", "test.item.get", Table("|| **result**\n[`item`](#item) | The item ||\n" + Time)
            + "\n#### Item {#item}\n\n" + Table("|| **ID**\n[`integer`](../data-types.md) | Id ||\n"));
        var page = Extract("test-item-list.md", "test.item.list", Table("|| **result**\n[`item[]`](test-item-get.md#item) | Items ||\n" + Time));

        Assert.Equal(ResultRoute.OtherPageSection, page.Route);
        var spec = page.Spec!;
        Assert.Equal(("item[]", "result", "ID"), (spec.Result!.Type, spec.List!.Rows, spec.List.Id));
        Assert.Equal(["ID"], _types.Find(spec.Result.Ref!)!.Fields.Select(field => field.Name));
    }

    [Fact]
    public void A_result_token_that_names_a_data_types_object_refers_to_it()
    {
        _docs.Write("api-reference/test/data-types.md", "# Data types\n\n## Object Structure\n\n### test_currency\n\n" + Table("|| **CURRENCY**\n[`string`](../data-types.md) | Code ||\n"));
        var page = Extract("test-currency-get.md", "test.currency.get", Table("|| **result**\n[`test_currency`](../data-types.md) | The currency ||\n" + Time));

        Assert.Equal(ResultRoute.DataTypes, page.Route);
        Assert.Equal(["CURRENCY"], _types.Find(page.Spec!.Result!.Ref!)!.Fields.Select(field => field.Name));
    }

    [Fact]
    public void A_link_to_an_entity_field_page_refers_to_its_definition()
    {
        _docs.Write("api-reference/tasks/fields.md", "# Task fields\n\n" + Table("|| **ID**\n[`integer`](../data-types.md) | Id ||\n|| **TITLE**\n[`string`](../data-types.md) | Title ||\n"));
        var page = _extractor.Extract(_docs.Write("api-reference/tasks/tasks-task-get.md", Page("tasks.task.get", Table("|| **result**\n[`task`](./fields.md) | The task ||\n" + Time))));

        Assert.Equal(ResultRoute.EntityFields, page.Route);
        Assert.Equal(["ID", "TITLE"], _types.Find(page.Spec!.Result!.Ref!)!.Fields.Select(field => field.Name));
    }

    [Fact]
    public void A_list_that_links_nowhere_takes_the_fields_method_page_beside_it()
    {
        Extract("test-status-fields.md", "test.status.fields", Table("|| **result**\n[`object`](../data-types.md) | Fields ||\n" + Time)
            + "\n#### Fields of the status {#fields}\n\n" + Table("|| **STATUS_ID**\n[`string`](../data-types.md) | Id ||\n"));
        var page = Extract("test-status-list.md", "test.status.list", Table("|| **result**\n[`array`](../data-types.md) | Statuses ||\n" + Time));

        Assert.Equal(ResultRoute.FieldsMethod, page.Route);
        Assert.Equal(["STATUS_ID"], _types.Find(page.Spec!.Result!.Ref!)!.Fields.Select(field => field.Name));
        Assert.Equal("result", page.Spec.List!.Rows);
    }

    [Fact]
    public void A_returned_data_table_without_a_result_row_under_an_h2_gives_the_fields()
    {
        var text = "# Get call list test.calllist.get\n\n> Scope: `test`\n\n## Method Parameters\n\n"
            + Table("|| **id***\n[`integer`](../data-types.md) | Id ||\n")
            + "\n## Response Handling\n\n```json\n{\"result\": {\"ID\": 1}}\n```\n\n## Returned Data\n\n"
            + Table("|| **ID**\n[`integer`](../data-types.md) | Id ||\n|| **NAME**\n[`string`](../data-types.md) | Name ||\n" + Time);
        var page = _extractor.Extract(_docs.Write("api-reference/test/test-calllist-get.md", text));

        Assert.Equal(ResultRoute.ReturnedData, page.Route);
        Assert.Equal(["ID", "NAME"], page.Spec!.Result!.Fields.Select(field => field.Name));
    }

    [Fact]
    public void A_union_stays_a_union_and_its_table_gives_no_field_named_object()
    {
        var page = Extract("test-entity-get.md", "test.entity.get", Table("|| **result**\n[`result`](#result) | One or many ||\n" + Time)
            + "\n#### Type result {#result}\n\n" + Table("|| `object`\n[`entity`](#entity) | One ||\n|| [`entity[]`](#entity) | Many ||\n")
            + "\n#### Type entity {#entity}\n\n" + Table("|| **ID**\n[`string`](../data-types.md) | Id ||\n"));

        Assert.Null(page.Route);
        Assert.Equal(ResultRoutes.Union, page.UntypedReason);
        Assert.True(page.Spec!.Result!.Fields.IsEmpty && page.Spec.Result.Ref is null);
    }

    [Fact]
    public void A_list_takes_its_rows_from_the_documented_member_whatever_its_name()
    {
        var page = Extract("test-shipment-list.md", "test.shipment.list", Table(
            "|| **result**\n[`object`](../data-types.md) | Root ||\n"
            + "|| **shipments**\n[`shipment[]`](#shipment) | Rows ||\n"
            + "|| **total**\n[`integer`](../data-types.md) | Count ||\n" + Time)
            + "\n#### Shipment {#shipment}\n\n" + Table("|| **id**\n[`integer`](../data-types.md) | Id ||\n"));

        Assert.Equal(("result.shipments", "id"), (page.Spec!.List!.Rows, page.Spec.List.Id));
    }

    [Fact]
    public void The_example_settles_a_bare_array_result_that_is_an_object_with_rows_under_a_key()
    {
        var page = Extract(
            "test-history-list.md",
            "test.history.list",
            Table("|| **result**\n[`array`](../data-types.md) | Root, an array of [items](#items) ||\n" + Time)
                + "\n#### Object items {#items}\n\n" + Table("|| **ID**\n[`integer`](../data-types.md) | Id ||\n"),
            "{\"result\": {\"items\": [{\"ID\": 1}]}}");

        var spec = page.Spec!;
        Assert.Equal("object", spec.Result!.Type);
        Assert.Equal("items", Assert.Single(spec.Result.Fields).Name);
        Assert.Equal("result.items", spec.List!.Rows);
    }

    [Fact]
    public void A_list_without_documented_rows_gets_no_list_shape()
    {
        var page = Extract("test-thing-list.md", "test.thing.list", Table("|| **result**\n[`object`](../data-types.md) | Something ||\n" + Time));

        Assert.Null(page.Spec!.List);
        Assert.Equal(ResultRoutes.NoStructure, page.UntypedReason);
    }

    [Fact]
    public void A_scalar_result_is_not_typed_and_says_so()
    {
        var page = Extract("test-item-delete.md", "test.item.delete", Table("|| **result**\n[`boolean`](../data-types.md) | Done ||\n" + Time));

        Assert.Equal((null, ResultRoutes.Scalar), (page.Route, page.UntypedReason));
    }

    [Fact]
    public void A_null_result_is_no_object_result()
    {
        var page = Extract("test-item-delete.md", "test.item.delete", Table("|| **result**\n[`null`](../data-types.md) | Always null ||\n" + Time));

        Assert.Equal((null, ResultRoutes.Null), (page.Route, page.UntypedReason));
    }

    [Fact]
    public void A_wrapped_entity_gives_the_result_the_route_of_its_definition()
    {
        _docs.Write("api-reference/tasks/fields.md", "# Fields\n\n" + Table("|| **id**\n[`integer`](../data-types.md) | Id ||\n"));
        _docs.Write("api-reference/test/data-types.md", "# Types\n\n### test_status\n\n" + Table("|| **id**\n[`string`](../data-types.md) | Id ||\n"));
        var entity = Extract("test-item-get.md", "test.item.get", Table(
            "|| **result**\n[`object`](../data-types.md) | Root ||\n"
            + "|| **result.item**\n[`object`](../data-types.md) | The item, see [fields](../tasks/fields.md) ||\n" + Time));
        var dataType = Extract("test-status-get.md", "test.status.get", Table(
            "|| **result**\n[`object`](../data-types.md) | Root ||\n"
            + "|| **status**\n[`test_status`](./data-types.md#test_status) | The status ||\n" + Time));

        Assert.Equal((ResultRoute.EntityFields, ResultRoute.DataTypes), (entity.Route, dataType.Route));
    }

    [Fact]
    public void A_wrapped_object_or_list_rows_with_no_documented_members_leave_the_result_untyped()
    {
        var get = Extract("test-item-get.md", "test.item.get", Table(
            "|| **result**\n[`object`](../data-types.md) | Root ||\n|| **item**\n[`object`](../data-types.md) | Depends on select ||\n" + Time));
        var list = Extract("test-item-list.md", "test.item.list", Table(
            "|| **result**\n[`object`](../data-types.md) | Root ||\n|| **items**\n[`object[]`](../data-types.md) | Rows ||\n" + Time));
        var plain = Extract("test-item-read.md", "test.item.read", Table(
            "|| **result**\n[`object`](../data-types.md) | Root ||\n|| **messages**\n[`array`](../data-types.md) | Texts ||\n" + Time));

        Assert.Equal((null, ResultRoutes.NoStructure), (get.Route, get.UntypedReason));
        Assert.Equal((null, ResultRoutes.NoStructure), (list.Route, list.UntypedReason));
        Assert.Equal(ResultRoute.OwnTable, plain.Route);
    }

    [Fact]
    public void A_result_keyed_by_ids_in_the_example_is_a_map_without_paging()
    {
        var page = Extract("test-bot-list.md", "test.bot.list", Table("|| **result**\n[`object`](../data-types.md) | Bots by id, see [below](#bot) ||\n" + Time)
            + "\n#### Bot {#bot}\n\n" + Table("|| **ID**\n[`integer`](../data-types.md) | Id ||\n"),
            "{\"result\": {\"39\": {\"ID\": 39}}}");

        var spec = page.Spec!;
        Assert.Equal(("object", "object"), (spec.Result!.Type, spec.Result.Map));
        Assert.Equal(["ID"], _types.Find(spec.Result.Ref!)!.Fields.Select(field => field.Name));
        Assert.Null(spec.List);
    }

    [Fact]
    public void A_member_keyed_by_ids_in_the_example_is_a_map_and_gives_no_rows()
    {
        var page = Extract("test-region-list.md", "test.region.list", Table(
            "|| **result**\n[`object`](../data-types.md) | Root ||\n"
            + "|| **regions**\n[`object`](#region) | Regions, the key is the region code ||\n" + Time)
            + "\n#### Region {#region}\n\n" + Table("|| **code**\n[`string`](../data-types.md) | Code ||\n"),
            "{\"result\": {\"regions\": {\"de\": {\"code\": \"de\"}}}}");

        var regions = Assert.Single(page.Spec!.Result!.Fields);
        Assert.Equal(("regions", "object"), (regions.Name, regions.Map));
        Assert.Null(page.Spec.List);
    }

    [Fact]
    public void A_definition_reads_all_its_field_tables_in_order_each_name_once()
    {
        var page = Extract("test-item-get.md", "test.item.get", Table("|| **result**\n[`item`](#item) | The item ||\n" + Time)
            + "\n#### Item {#item}\n\n" + Table("|| **ID**\n[`integer`](../data-types.md) | Id ||\n|| **TITLE**\n[`string`](../data-types.md) | Title ||\n")
            + "\nAddress fields:\n\n" + Table("|| **ADDRESS**\n[`string`](../data-types.md) | Street ||\n|| **TITLE**\n[`string`](../data-types.md) | Again ||\n"));

        Assert.Equal(["ID", "TITLE", "ADDRESS"], _types.Find(page.Spec!.Result!.Ref!)!.Fields.Select(field => field.Name));
    }

    [Fact]
    public void A_description_that_names_another_method_leads_to_that_methods_result()
    {
        Extract("test-item-get.md", "test.item.get", Table("|| **result**\n[`item`](#item) | The item ||\n" + Time)
            + "\n#### Item {#item}\n\n" + Table("|| **ID**\n[`integer`](../data-types.md) | Id ||\n"));
        var page = Extract("test-item-list.md", "test.item.list", Table(
            "|| **result**\n[`array`](../data-types.md) | Items; for their structure see [test.item.get](./test-item-get.md) ||\n" + Time));

        Assert.Equal(ResultRoute.OtherPageSection, page.Route);
        Assert.Equal(["ID"], _types.Find(page.Spec!.Result!.Ref!)!.Fields.Select(field => field.Name));
        Assert.Equal("result", page.Spec.List!.Rows);
    }

    private PageResult Extract(string file, string method, string returned, string example = "{\"result\": {}}")
        => _extractor.Extract(_docs.Write("api-reference/test/" + file, Page(method, returned, example)));

    private static string Page(string method, string returned, string example = "{\"result\": {}}")
        => $"# Test {method}\n\n> Scope: `test`\n\n## Method Parameters\n\n"
           + Table("|| **id**\n[`integer`](../data-types.md) | Id ||\n")
           + $"\n## Response Handling\n\n```json\n{example}\n```\n\n### Returned Data\n\n{returned}";

    private static string Table(string rows) => "#|\n|| **Name**\n`type` | **Description** ||\n" + rows + "|#\n";
}
