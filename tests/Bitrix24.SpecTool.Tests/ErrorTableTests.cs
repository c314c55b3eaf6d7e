using System.Linq;

namespace Bitrix24.SpecTool.Tests;

/// <summary>Error tables in each layout: which column holds the code, which the message, and the HTTP status.</summary>
public sealed class ErrorTableTests
{
    private const string Head = "# Get test.item.get\n\n## Method Parameters\n\nNo parameters.\n\n## Error Handling\n\nHTTP status: **400**\n\n";

    [Theory]
    [InlineData("|| **Code** | **Description** ||\n|| `NOT_FOUND` | Not found ||", "NOT_FOUND", "Not found", 400)]
    [InlineData("|| **Code** | **Description** | **Value** ||\n|| `100` | `Required fields` | What happened ||", "100", "Required fields", 400)]
    [InlineData("|| **Status** | **Code** | **Description** | **Value** ||\n|| `403` | `ACCESS_DENIED` | Access denied | Why ||", "ACCESS_DENIED", "Access denied", 403)]
    [InlineData("|| **Code** | **Error Message** | **Description** ||\n|| `ERR` | The message | Explanation ||", "ERR", "The message", 400)]
    [InlineData("|| **Code** | **Description** | **Status** ||\n|| `ERR` | Explanation | 404 ||", "ERR", "Explanation", 404)]
    [InlineData("|| **Код** | **Описание** | **Значение** ||\n|| Пустое значение | `ID is not defined` | Нет id ||", "", "ID is not defined", 400)]
    [InlineData("|| **Code** | **Description** ||\n|| `-` | Something failed ||", "", "Something failed", 400)]
    [InlineData("|| **Code** | **Description** ||\n|| `Access denied` | No rights ||", "Access denied", "No rights", 400)]
    [InlineData("|| **Error text** | **Description** ||\n|| `Access denied` | No rights ||", "Access denied", "No rights", 400)]
    public void Reads_each_layout(string table, string code, string message, int status)
    {
        using var docs = new SyntheticDocs();
        var spec = docs.Spec(Head + "### Possible Error Codes\n\n#|\n" + table + "\n|#\n\n{% include [s](../../_includes/system-errors.md) %}\n");

        var error = Assert.Single(spec.Errors);
        Assert.Equal((code, message, (int?)status), (error.Code, error.Message, error.Status));
    }

    [Fact]
    public void Rest3_errors_take_the_code_of_the_line_above_each_table()
    {
        using var docs = new SyntheticDocs();
        var spec = docs.Spec(Head + """
            ### Possible Error Codes

            #### Request Validation Errors

            Error Code: `BITRIX_REST_V3_EXCEPTION_VALIDATION`

            #|
            || **Field** | **Error Description** | **How to Fix** ||
            || `title` | Required field is missing | Add it ||
            || `id` | Wrong type | Fix it ||
            |#

            Код ошибки: `BITRIX_REST_V3_EXCEPTION_ACCESSDENIED`

            #|
            || **Field** | **Error Description** | **How to Fix** ||
            || `-` | Access denied | Ask ||
            |#
            """);

        Assert.Equal(
            [("BITRIX_REST_V3_EXCEPTION_VALIDATION", "Required field is missing"), ("BITRIX_REST_V3_EXCEPTION_VALIDATION", "Wrong type"), ("BITRIX_REST_V3_EXCEPTION_ACCESSDENIED", "Access denied")],
            spec.Errors.Select(e => (e.Code, e.Message ?? string.Empty)));
    }

    [Fact]
    public void The_shared_system_errors_and_the_error_description_table_are_not_copied()
    {
        using var docs = new SyntheticDocs();
        var spec = docs.Spec(Head + """
            #|
            || **Name**
            `type` | **Description** ||
            || **error**
            [`string`](x.md) | Error code ||
            |#

            {% include [s](../../_includes/system-errors.md) %}
            """);

        Assert.Empty(spec.Errors);
    }
}
