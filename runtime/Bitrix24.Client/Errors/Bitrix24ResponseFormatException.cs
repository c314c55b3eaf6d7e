namespace Bitrix24.Client.Errors;

/// <summary>The portal's answer could not be understood: not JSON, not an object, or an error status without an error code.</summary>
public sealed class Bitrix24ResponseFormatException : Bitrix24Exception
{
    /// <summary>Creates the exception.</summary>
    public Bitrix24ResponseFormatException(Bitrix24ErrorInfo error)
        : base(error)
    {
    }
}
