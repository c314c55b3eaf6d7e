namespace Bitrix24.Testing.Batch;

/// <summary>What a batch command gets for a <c>$result[...]</c> reference that cannot be resolved.</summary>
public enum FakeUnresolvedReference
{
    /// <summary>The reference is replaced with an empty string (the default).</summary>
    Empty,

    /// <summary>The reference stays in the command as literal text.</summary>
    Literal,

    /// <summary>The command fails with <c>ERROR_BATCH_REFERENCE</c> in <c>result_error</c>.</summary>
    Error,
}
