namespace Bitrix24.Benchmarks;

/// <summary>A deal as the portal sends it: every standard field, loose values (ids and money as strings), custom fields.</summary>
internal static class DealJson
{
    public static string Row(long id, string title) => $$"""
        {"ID":"{{id}}","TITLE":"{{title}}","TYPE_ID":"COMPLEX","STAGE_ID":"PREPARATION","PROBABILITY":"99","CURRENCY_ID":"EUR",
        "OPPORTUNITY":"1000000.00","IS_MANUAL_OPPORTUNITY":"Y","TAX_VALUE":"0.00","LEAD_ID":null,"COMPANY_ID":"9","CONTACT_ID":"84",
        "QUOTE_ID":null,"BEGINDATE":"2024-08-30T02:00:00+02:00","CLOSEDATE":"2024-09-09T02:00:00+02:00","ASSIGNED_BY_ID":"1",
        "CREATED_BY_ID":"1","MODIFY_BY_ID":"1","DATE_CREATE":"2024-08-30T14:29:00+02:00","DATE_MODIFY":"2024-08-30T14:29:00+02:00",
        "OPENED":"Y","CLOSED":"N","COMMENTS":"","ADDITIONAL_INFO":"","LOCATION_ID":null,"CATEGORY_ID":"0","STAGE_SEMANTIC_ID":"P",
        "IS_NEW":"N","IS_RECURRING":"N","IS_RETURN_CUSTOMER":"N","IS_REPEATED_APPROACH":"N","SOURCE_ID":"CALLBACK","SOURCE_DESCRIPTION":"",
        "ORIGINATOR_ID":null,"ORIGIN_ID":null,"MOVED_BY_ID":"1","MOVED_TIME":"2024-08-30T14:29:00+02:00",
        "LAST_ACTIVITY_TIME":"2024-08-30T14:29:00+02:00","UTM_SOURCE":null,"UTM_MEDIUM":null,"UTM_CAMPAIGN":null,"UTM_CONTENT":null,
        "UTM_TERM":null,"PARENT_ID_1220":"22","LAST_ACTIVITY_BY":"1","UF_CRM_1721244482250":"Hello world!"}
        """;
}
