using System;
using System.Linq;
using Bitrix24.Specs.Model;
using Bitrix24.Specs.Reading;
using Bitrix24.Specs.Writing;
using Bitrix24.SpecTool.Documents;
using Bitrix24.SpecTool.Extraction;

namespace Bitrix24.SpecTool.Tests;

/// <summary>Named types read from pages the tests write: ids per rule, refs by link and by token, cycles, dedup.</summary>
public sealed class TypeRegistryTests : IDisposable
{
    private const string CrmDataTypes = """
        # CRM data types

        ## Object Structure

        ### crm_multifield {#crm_multifield}

        #|
        || **Value**
        `type` | **Description** ||
        || **ID**
        [`integer`](../data-types.md) | Id ||
        || **VALUE**
        [`string`](../data-types.md) | Value ||
        |#

        ### crm_item_product_row

        #|
        || **Value**
        `type` | **Description** ||
        || **productName**
        [`string`](../data-types.md) | Name ||
        |#

        ### crm_currency

        #|
        || **Value**
        `type` | **Description** ||
        || **CURRENCY**
        [`string`](../data-types.md) | Code ||
        |#

        ### type.relations

        #|
        || **Value**
        `type` | **Description** ||
        || **parent**
        [`relation[]`](#relation) | Parents ||
        |#

        #### relation

        #|
        || **Value**
        `type` | **Description** ||
        || **entityTypeId**
        [`integer`](../data-types.md) | Type ||
        |#
        """;

    private const string RootDataTypes = """
        # Data types

        ## Basic Data Types {#standart-types}

        #|
        || **Type** | **Description** ||
        || `integer` | A number ||
        |#

        ## uf_enum_element Object {#uf_enum_element}

        #|
        || **Name**
        `type` | **Description** ||
        || **ID**
        [`integer`](#standart-types) | Id ||
        |#
        """;

    private const string DealGet = """
        # Get a deal crm.deal.get

        Intro.

        ## Method Parameters

        #|
        || **Name**
        `type` | **Description** ||
        || **id***
        [`integer`](../../data-types.md) | Deal id ||
        |#

        ## Response Handling

        #|
        || **Name**
        `type` | **Description** ||
        || **result**
        [`deal`](#deal) | The deal ||
        |#

        #### Deal {#deal}

        A deal as the method returns it. More words follow here.

        #|
        || **Name**
        `type` | **Description** ||
        || **ID***
        [`integer`](../../data-types.md) | Id ||
        || **PHONE**
        [`crm_multifield[]`](../data-types.md#crm_multifield) | Phones ||
        || **CURRENCY_ID**
        [`crm_currency`](../data-types.md#crm_currency) | Currency ||
        || **PRODUCTS**
        `crm_item_product_row[]` | Rows ||
        || **RELATIONS**
        [`object`](../data-types.md#typerelations) | Relations ||
        || **ENUM**
        [`uf_enum_element[]`](../../data-types.md#uf_enum_element) | Values ||
        || **EITHER**
        [`object`](#deal) \| [`string`](../../data-types.md) | A union ||
        || **PLAIN**
        [`object`](../../data-types.md) | An object the link does not describe ||
        |#
        """;

    private const string DepartmentGet = """
        # Get departments im.department.get

        Intro.

        ## Returned Data

        ### Department {#department}

        #|
        || **Name**
        `type` | **Description** ||
        || **id**
        [`integer`](../../data-types.md) | Id ||
        || **manager**
        [`object`](#manager) | Head ||
        |#

        ### Manager {#manager}

        #|
        || **Name**
        `type` | **Description** ||
        || **phones**
        [`phone[]`](../common/contacts.md#phone) | Phones ||
        || **deputy**
        [`object`](#manager) | A manager again ||
        |#
        """;

    private const string Contacts = """
        # Contact objects

        ## Phone {#phone}

        #|
        || **Name**
        `type` | **Description** ||
        || **number**
        [`string`](../../data-types.md) | Number ||
        |#

        ## Без таблицы

        Text only.
        """;

    private readonly SyntheticDocs _docs = new();
    private readonly TypeRegistry _registry;

    public TypeRegistryTests()
    {
        _docs.Write("api-reference/data-types.md", RootDataTypes);
        _docs.Write("api-reference/crm/data-types.md", CrmDataTypes);
        _docs.Write("api-reference/crm/deals/crm-deal-get.md", DealGet);
        _docs.Write("api-reference/im/department/im-department-get.md", DepartmentGet);
        _docs.Write("api-reference/im/common/contacts.md", Contacts);
        _registry = new TypeRegistry(new DocIndex(_docs.Root));
    }

    [Theory]
    [InlineData("api-reference/crm/data-types.md", "crm_multifield", "crm.multifield")]
    [InlineData("api-reference/crm/data-types.md", "crm_item_product_row", "crm.item_product_row")]
    [InlineData("api-reference/crm/data-types.md", "typerelations", "crm.type_relations")]
    [InlineData("api-reference/crm/data-types.md", "relation", "crm.relation")]
    [InlineData("api-reference/data-types.md", "uf_enum_element", "main.uf_enum_element")]
    [InlineData("api-reference/crm/deals/crm-deal-get.md", "deal", "crm.deal_get.deal")]
    [InlineData("api-reference/im/department/im-department-get.md", "department", "im.department_get.department")]
    [InlineData("api-reference/im/common/contacts.md", "phone", "im.contacts.phone")]
    public void Ids_follow_the_page_kind(string page, string anchor, string id)
        => Assert.Equal(id, _registry.Define(new DocTarget(page, anchor)));

    [Fact]
    public void A_typed_header_row_is_not_a_field_and_required_stays_as_documented()
    {
        _registry.Define(new DocTarget("api-reference/crm/deals/crm-deal-get.md", "deal"));
        Assert.Equal(["ID", "VALUE"], _registry.Find("crm.multifield")!.Fields.Select(field => field.Name));
        var deal = _registry.Find("crm.deal_get.deal")!;
        Assert.True(deal.Fields.Single(field => field.Name == "ID").Required);
        Assert.False(deal.Fields.Single(field => field.Name == "PHONE").Required);
    }

    [Fact]
    public void Fields_refer_by_link_and_by_token_but_scalars_unions_and_collection_links_do_not()
    {
        _registry.Define(new DocTarget("api-reference/crm/deals/crm-deal-get.md", "deal"));
        var deal = _registry.Find("crm.deal_get.deal")!;
        string? Ref(string name) => deal.Fields.Single(field => field.Name == name).Ref;
        Assert.Equal("crm.multifield", Ref("PHONE"));
        Assert.Null(Ref("CURRENCY_ID"));
        Assert.Equal("crm.item_product_row", Ref("PRODUCTS"));
        Assert.Equal("crm.type_relations", Ref("RELATIONS"));
        Assert.Equal("main.uf_enum_element", Ref("ENUM"));
        Assert.Null(Ref("EITHER"));
        Assert.Null(Ref("PLAIN"));
        Assert.Null(Ref("ID"));
        Assert.Equal("crm.relation", _registry.Find("crm.type_relations")!.Fields.Single().Ref);
    }

    [Fact]
    public void A_definition_reaches_types_across_pages_and_a_cycle_ends()
    {
        Assert.Equal("im.department_get.department", _registry.Define(new DocTarget("api-reference/im/department/im-department-get.md", "department")));
        Assert.Equal(
            ["im.contacts.phone", "im.department_get.department", "im.department_get.manager"],
            _registry.Types.Select(type => type.Id));
        var manager = _registry.Find("im.department_get.manager")!;
        Assert.Equal("im.contacts.phone", manager.Fields.Single(field => field.Name == "phones").Ref);
        Assert.Equal("im.department_get.manager", manager.Fields.Single(field => field.Name == "deputy").Ref);
    }

    [Fact]
    public void One_definition_is_one_type_however_it_is_reached()
    {
        var byAnchor = _registry.Define(new DocTarget("api-reference/im/department/im-department-get.md", "department"));
        var byPage = _registry.Define(new DocTarget("api-reference/im/department/im-department-get.md", null));
        var byToken = _registry.ForToken("crm", "crm_multifield[]");
        var byLink = _registry.Define(new DocTarget("api-reference/crm/data-types.md", "crm_multifield"));
        Assert.Equal(byAnchor, byPage);
        Assert.Equal("crm.multifield", byToken);
        Assert.Equal(byToken, byLink);
        Assert.Equal(_registry.Types.Count, _registry.Types.Select(type => type.Id).Distinct().Count());
        Assert.Empty(_registry.Conflicts());
    }

    [Theory]
    [InlineData("api-reference/crm/deals/crm-deal-get.md", "nothing")]
    [InlineData("api-reference/crm/deals/missing.md", "deal")]
    [InlineData("api-reference/im/common/contacts.md", "bez-tablicy")]
    [InlineData("api-reference/crm/data-types.md", null)]
    [InlineData("api-reference/crm/deals/crm-deal-get.md", null)]
    [InlineData("../outside.md", "x")]
    public void A_missing_target_a_section_without_fields_a_collection_or_parameters_define_nothing(string page, string? anchor)
    {
        Assert.Null(_registry.Define(new DocTarget(page, anchor)));
        Assert.Empty(_registry.Types);
    }

    [Fact]
    public void Tokens_come_from_the_scope_then_the_root_data_types_page()
    {
        Assert.Equal("crm.currency", _registry.ForToken("crm", "crm_currency"));
        Assert.Equal("main.uf_enum_element", _registry.ForToken("crm", "uf_enum_element"));
        Assert.Equal("main.uf_enum_element", _registry.ForToken("tasks", "uf_enum_element[]"));
        Assert.Null(_registry.ForToken("tasks", "crm_currency"));
        Assert.Null(_registry.ForToken("crm", "deal"));
    }

    [Fact]
    public void Every_type_is_canonical_and_valid()
    {
        _registry.Define(new DocTarget("api-reference/crm/deals/crm-deal-get.md", "deal"));
        _registry.Define(new DocTarget("api-reference/im/department/im-department-get.md", "department"));
        foreach (var type in _registry.Types)
        {
            var read = SpecReader.Read(SpecWriter.Write(type));
            Assert.Empty(read.Problems);
            Assert.Equal(type, read.Object);
        }

        Assert.Equal("api-reference/crm/deals/crm-deal-get.md#deal", _registry.Find("crm.deal_get.deal")!.Source);
        Assert.Equal("Deal", _registry.Find("crm.deal_get.deal")!.Title);
        Assert.Equal("A deal as the method returns it. More words follow here.", _registry.Find("crm.deal_get.deal")!.Summary);
    }

    public void Dispose() => _docs.Dispose();
}
