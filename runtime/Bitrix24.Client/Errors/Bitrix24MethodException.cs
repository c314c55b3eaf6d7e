namespace Bitrix24.Client.Errors;

/// <summary>A method-specific error: <see cref="MethodError"/> is the member of the method's generated error enum.</summary>
/// <typeparam name="TError">The method's error enum.</typeparam>
public sealed class Bitrix24MethodException<TError> : Bitrix24Exception
    where TError : struct
{
    /// <summary>Creates the exception.</summary>
    public Bitrix24MethodException(TError error, Bitrix24ErrorInfo info)
        : base(info)
    {
        MethodError = error;
    }

    /// <summary>The documented error of the method.</summary>
    public TError MethodError { get; }

    /// <inheritdoc />
    public override bool IsMethodError => true;
}
