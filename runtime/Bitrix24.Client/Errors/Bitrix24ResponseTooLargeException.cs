namespace Bitrix24.Client.Errors;

/// <summary>
/// The answer was larger than <see cref="Bitrix24ClientOptions.MaxResponseBytes"/> (counted after
/// decompression, or declared so by its <c>Content-Length</c>): reading stopped at the limit. Never retried.
/// </summary>
public sealed class Bitrix24ResponseTooLargeException : Bitrix24Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="method">The REST method that was called.</param>
    /// <param name="statusCode">The HTTP status of the answer.</param>
    /// <param name="maxBytes">The limit the answer went over.</param>
    public Bitrix24ResponseTooLargeException(string method, int statusCode, long maxBytes)
        : base(new Bitrix24ErrorInfo(method, string.Empty, $"The answer is larger than the allowed {maxBytes} bytes (MaxResponseBytes); reading stopped there.", statusCode, string.Empty))
    {
        MaxBytes = maxBytes;
    }

    /// <summary>The limit the answer went over, in bytes.</summary>
    public long MaxBytes { get; }
}
