using System;
using System.Collections.Generic;
using System.Linq;
using Bitrix24.SpecTool.Documents;

namespace Bitrix24.SpecTool.Extraction;

/// <summary>
/// The pages that describe the fields of a module's main objects (deals, tasks, chat-bot entities) rather than one
/// method. Their well-known sections have fixed ids (<c>## Deals</c> → <c>crm.deal</c>), written here by hand because
/// the headings alone do not say which object a section is; other sections of these pages are
/// <c>&lt;scope&gt;.&lt;page stem&gt;_&lt;slug&gt;</c> (<see cref="TypeIds"/>).
/// </summary>
internal static class EntityFieldPages
{
    // A section is named by its explicit anchor or by the slug of its English or Russian title; null names the
    // page's H1 section (a page whose table comes right under the title).
    private static readonly Dictionary<string, (string?[] Sections, string Id)[]> Pages = new(StringComparer.Ordinal)
    {
        ["api-reference/crm/main-entities-fields.md"] =
        [
            (["Deals", "Сделки"], "crm.deal"),
            (["Leads", "Лиды"], "crm.lead"),
            (["Companies", "Компании"], "crm.company"),
            (["Contacts", "Контакты"], "crm.contact"),
            (["General Requisites", "Общие реквизиты"], "crm.requisite"),
            (["Bank Details", "Банковские реквизиты"], "crm.requisite_bank_detail"),
            (["Templates of Requisites", "Шаблоны реквизитов"], "crm.requisite_preset"),
            (["Fields of Requisites Templates", "Поля шаблонов реквизитов"], "crm.requisite_preset_field"),
            (["Addresses of Requisites", "Адреса реквизитов"], "crm.address"),
            (["Activities", "Дела"], "crm.activity"),
        ],
        ["api-reference/crm/universal/object-fields.md"] = [(["common"], "crm.item")],
        ["api-reference/tasks/fields.md"] = [([null], "tasks.task")],
        ["api-reference/tasks/fields-rest-v3.md"] = [(["taskdto"], "v3.tasks.task")],
        ["api-reference/chat-bots/chat-bots-v2/entities.md"] = [],
        ["api-reference/telephony/follow-up/fields.md"] = [],
    };

    /// <summary>Whether the page (relative to its language root) is an entity field page.</summary>
    public static bool Is(string page) => Pages.ContainsKey(page);

    /// <summary>The fixed id of a well-known section of an entity field page, or null.</summary>
    public static string? Name(string page, DocSection section)
    {
        if (!Pages.TryGetValue(page, out var sections))
        {
            return null;
        }

        foreach (var (names, id) in sections)
        {
            if (names.Any(name => name is null ? section.Level == 1 : name == section.Anchor || HeadingSlug.Of(name) == section.Slug))
            {
                return id;
            }
        }

        return null;
    }
}
