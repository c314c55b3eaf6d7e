using System;
using Bitrix24.SpecTool.Documents;
using Bitrix24.SpecTool.Extraction;

namespace Bitrix24.SpecTool.Tests;

/// <summary>The id rules of <see cref="TypeIds"/> on pages the tests write, one page kind per case.</summary>
public sealed class TypeIdTests : IDisposable
{
    private const string Table = """

        #|
        || **Name**
        `type` | **Description** ||
        || **ID**
        `integer` | Id ||
        |#

        """;

    private readonly SyntheticDocs _docs = new();

    [Theory]
    // A method page: scope and rest of the method; a REST 3.0 page (by title or by its introduction) adds "v3.".
    [InlineData("api-reference/department/department-get.md", "# Get departments department.get\n\n## Fields {#st_department}\n" + Table, "st_department", "department.get.st_department")]
    [InlineData("api-reference/tasks/task-get.md", "# Get a task tasks.task.get\n\nThe method belongs to [REST 3.0](../rest-v3.md).\n\n## Task {#task}\n" + Table, "task", "v3.tasks.task_get.task")]
    [InlineData("api-reference/tasks/task-list.md", "# List tasks v3 tasks.task.list\n\n## Task {#task}\n" + Table, "task", "v3.tasks.task_list.task")]
    // A *.fields page: its first definition, and its other sections beside it (never inside it).
    [InlineData("api-reference/crm/status/crm-status-fields.md", "# Status fields crm.status.fields\n\n## Returned Data\n" + Table + "## Extra {#extra}\n" + Table, null, "crm.status_fields")]
    [InlineData("api-reference/crm/status/crm-status-fields.md", "# Status fields crm.status.fields\n\n## Returned Data\n" + Table + "## Extra {#extra}\n" + Table, "extra", "crm.status_fields_extra")]
    // Entity field pages: the well-known sections by hand, in either language; the others by page stem and slug.
    [InlineData("api-reference/crm/main-entities-fields.md", "# Fields\n\n## Deals\n" + Table, "deals", "crm.deal")]
    [InlineData("api-reference/crm/main-entities-fields.md", "# Поля\n\n## Сделки\n" + Table, "sdelki", "crm.deal")]
    [InlineData("api-reference/crm/main-entities-fields.md", "# Fields\n\n## Odd Things\n" + Table, "odd-things", "crm.main_entities_fields_odd_things")]
    [InlineData("api-reference/crm/universal/object-fields.md", "# Fields\n\n## Common Fields {#common}\n" + Table, "common", "crm.item")]
    [InlineData("api-reference/tasks/fields.md", "# Task Fields\n" + Table, null, "tasks.task")]
    [InlineData("api-reference/tasks/fields-rest-v3.md", "# Task Fields in REST 3.0\n\n## Task Object {#taskdto}\n" + Table, "taskdto", "v3.tasks.task")]
    // Anything else: scope, page stem, anchor or (transliterated) slug; a segment never starts with a digit.
    [InlineData("api-reference/crm/guide-page.md", "# A guide\n\n## Box {#box}\n" + Table, "box", "crm.guide_page.box")]
    [InlineData("api-reference/crm/guide-page.md", "# A guide\n\n## 1C Sync\n" + Table, "1c-sync", "crm.guide_page.t1c_sync")]
    [InlineData("api-reference/crm/guide-page.md", "# Руководство\n\n## Сделка\n" + Table, "sdelka", "crm.guide_page.sdelka")]
    [InlineData("api-reference/2fa.md", "# Two factors\n\n## Code\n" + Table, "code", "main.t2fa.code")]
    // Data-types pages: the Cyrillic heading of a section without an anchor gives its transliterated slug.
    [InlineData("api-reference/sale/data-types.md", "# Типы\n\n### sale_basket_item\n" + Table, "sale_basket_item", "sale.basket_item")]
    [InlineData("api-reference/sale/data-types.md", "# Типы\n\n### Корзина\n" + Table, "korzina", "sale.korzina")]
    public void The_page_kind_decides_the_id(string page, string text, string? anchor, string id)
    {
        _docs.Write(page, text);
        Assert.Equal(id, new TypeRegistry(new DocIndex(_docs.Root)).Define(new DocTarget(page, anchor)));
    }

    [Theory]
    [InlineData("crm_currency", "crm_currency")]
    [InlineData("Type.Relations", "type_relations")]
    [InlineData("--a  b--", "a_b")]
    [InlineData("42", "t42")]
    [InlineData("---", "t")]
    [InlineData("Сделка", "t")]
    public void A_segment_is_lower_case_letters_digits_and_underscores_starting_with_a_letter(string text, string segment)
        => Assert.Equal(segment, TypeIds.Segment(text));

    public void Dispose() => _docs.Dispose();
}
