using System.Globalization;

namespace Bitrix24.Testing.Protocol;

/// <summary>The REST 3.0 errors the fake produces (codes all start with <c>BITRIX_REST_V3_EXCEPTION_</c>).</summary>
internal static class Rest3Errors
{
    private const string Prefix = "BITRIX_REST_V3_EXCEPTION_";

    public static RestError InvalidJson { get; } = RestError.BadRequest(Prefix + "INVALIDJSONEXCEPTION", "The request body is not valid JSON");

    public static RestError CmdBatch { get; } = RestError.BadRequest(Prefix + "INVALIDSELECTEXCEPTION", "Batch takes a JSON array of method and query objects, not cmd");

    public static RestError IdempotencyKeyReused { get; } = new(422, Prefix + "IDEMPOTENCYKEYREUSEDEXCEPTION", "The idempotency key was already used with a different request body");

    public static RestError InvalidIdempotencyKey { get; } = RestError.BadRequest(Prefix + "INVALIDIDEMPOTENCYKEYEXCEPTION", "The idempotency key must be 1 to 255 printable ASCII characters");

    /// <summary>403: the caller's user may not use the method's objects.</summary>
    public static RestError AccessDenied { get; } = new(403, Prefix + "ACCESSDENIEDEXCEPTION", "Access denied");

    /// <summary>A validation error: a generic message, and the field's own message in the <c>validation</c> list.</summary>
    public static RestException Validation(string field, string message)
        => new(RestError.BadRequest(Prefix + "VALIDATION_REQUESTVALIDATIONEXCEPTION", "Error during request object validation") with { Validation = new RestValidation(field, message) });

    public static RestException Required(string field) => Validation(field, $"Required field `{field}` is missing");

    public static RestException WrongType(string field, string type) => Validation(field, $"Field `{field}` requires data type `{type}` for this request");

    public static RestException NotFound(long id)
        => new(RestError.BadRequest(Prefix + "ENTITYNOTFOUNDEXCEPTION", string.Create(CultureInfo.InvariantCulture, $"Record with ID = `{id}` not found")));

    public static RestException InvalidOrder(string order) => new(RestError.BadRequest(Prefix + "INVALIDORDEREXCEPTION", $"Unable to recognize sorting parameter `{order}`"));

    public static RestException InvalidPagination(string pagination) => new(RestError.BadRequest(Prefix + "INVALIDPAGINATIONEXCEPTION", $"Unable to recognize pagination parameter `{pagination}`"));

    /// <summary>A field the object (<c>TaskDto</c>, <c>UserDto</c>) does not have, named in a filter or a related <c>select</c>.</summary>
    public static RestException UnknownDtoProperty(string field, string entity)
        => new(RestError.BadRequest(Prefix + "UNKNOWNDTOPROPERTYEXCEPTION", $"Unknown field `{field}` for entity `{entity}`"));

    public static RestException UnknownFilterOperator(string op) => new(RestError.BadRequest(Prefix + "UNKNOWNFILTEROPERATOREXCEPTION", $"Unknown filter operator `{op}`"));
}
