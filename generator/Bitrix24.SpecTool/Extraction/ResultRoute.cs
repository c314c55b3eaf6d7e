namespace Bitrix24.SpecTool.Extraction;

/// <summary>How a method's result structure was found in the documentation (the seven routes of issue 16).</summary>
internal enum ResultRoute
{
    /// <summary>Rows next to <c>result</c> in the page's own returned-data table (<c>result.ID</c>, or rows after the <c>result</c> row).</summary>
    OwnTable,

    /// <summary>A section on the same page, reached by an anchor (<c>crm-deal-get.md#deal</c> from crm.deal.get).</summary>
    SamePageSection,

    /// <summary>A section on another page (crm.contact.list → <c>crm-contact-get.md#contact</c>).</summary>
    OtherPageSection,

    /// <summary>A scope's data-types page, one section per object (<c>crm/data-types.md#crm_currency</c>).</summary>
    DataTypes,

    /// <summary>An entity field page (<c>crm/main-entities-fields.md</c>, <c>tasks/fields-rest-v3.md#taskdto</c>, ...).</summary>
    EntityFields,

    /// <summary>The entity's <c>*.fields</c> method page, for a get/list page that links nowhere.</summary>
    FieldsMethod,

    /// <summary>A "Returned data" section without a <c>result</c> row, or under an H2 heading.</summary>
    ReturnedData,
}
