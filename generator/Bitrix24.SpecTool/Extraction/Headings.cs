using System;
using System.Linq;
using System.Text.RegularExpressions;

namespace Bitrix24.SpecTool.Extraction;

/// <summary>The section headings the extractor looks for, in English and Russian.</summary>
internal static partial class Headings
{
    private static readonly string[] Parameters =
    [
        "method parameters", "parameters", "request parameters", "method parameter", "input parameters", "command parameters",
        "параметры метода", "параметры", "параметры запроса", "входные параметры", "параметры команды",
    ];

    private static readonly string[] Returned =
    [
        "returned data", "response handling", "response", "returned value", "successful response", "response on success", "result",
        "возвращаемые данные", "обработка ответа", "ответ", "ответ в случае успеха", "успешный ответ", "результат",
    ];

    // Headings of returned data the extraction does not read yet (the result routes will).
    private static readonly string[] MoreReturned = ["returned values", "возвращаемые значения"];

    private static readonly string[] ErrorCodes =
    [
        "possible error codes", "possible errors", "error codes", "errors", "возможные коды ошибок", "возможные ошибки", "коды ошибок", "ошибки",
    ];

    private static readonly string[] ErrorHandling = ["error handling", "обработка ошибок"];

    public static bool IsParameters(string title) => Is(title, Parameters);

    public static bool IsReturned(string title) => Is(title, Returned);

    /// <summary>
    /// Any heading of returned data: those of <see cref="IsReturned"/> and "Returned Values" / "Возвращаемые значения".
    /// With <see cref="Documents.SectionTree.AllWithSubsections"/> it also finds an H2 "Returned Data" beside
    /// "Response Handling". Not used by today's extraction.
    /// </summary>
    public static bool IsReturnedData(string title) => IsReturned(title) || Is(title, MoreReturned);

    public static bool IsErrorCodes(string title) => Is(title, ErrorCodes);

    public static bool IsErrorHandling(string title) => Is(title, ErrorHandling);

    /// <summary>"Additional Parameters" under the parameters heading: more top-level parameters, not a nested table.</summary>
    public static bool IsAdditionalParameters(string title) => Is(title, ["additional parameters", "дополнительные параметры"]);

    /// <summary>"Custom Fields" / "Пользовательские поля": the table of a <c>UF_*</c> parameter.</summary>
    public static bool IsCustomFields(string title) => Is(title, ["custom fields", "пользовательские поля"]);

    /// <summary>"Parameter fields", "fields Parameter", "Параметр fields", "Fields parameter" → <c>fields</c>.</summary>
    public static string? NestedParameter(string title)
    {
        var match = Nested().Match(title.Trim());
        return match.Success ? match.Groups["name"].Value : null;
    }

    private static bool Is(string title, string[] vocabulary)
    {
        var normalized = Normalize(title);
        return vocabulary.Contains(normalized, StringComparer.Ordinal);
    }

    private static string Normalize(string title) => Regex.Replace(title.Trim().TrimEnd(':', '.').ToLowerInvariant(), @"\s+", " ");

    [GeneratedRegex(@"^(?:(?:parameter|параметр|поля параметра|fields of|поля|тип|type|object|объект)\s+`?(?<name>[\w.\[\]]+)`?|`?(?<name>[\w.\[\]]+)`?\s+(?:parameter|параметр|fields|object|объект|structure|структура))$", RegexOptions.IgnoreCase)]
    private static partial Regex Nested();
}
