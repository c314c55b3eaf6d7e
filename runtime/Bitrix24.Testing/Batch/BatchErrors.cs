using Bitrix24.Testing.Protocol;

namespace Bitrix24.Testing.Batch;

/// <summary>The errors a batch gives one of its commands.</summary>
internal static class BatchErrors
{
    public static RestError LengthExceeded { get; } = RestError.BadRequest("ERROR_BATCH_LENGTH_EXCEEDED", "Max batch length exceeded");

    public static RestError MethodNotAllowed { get; } = new(405, "ERROR_BATCH_METHOD_NOT_ALLOWED", "Method is not allowed for batch usage");

    public static RestError UnresolvedReference(string reference) => RestError.BadRequest("ERROR_BATCH_REFERENCE", $"Cannot resolve {reference}");
}
