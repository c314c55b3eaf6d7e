namespace Bitrix24.Testing.Batch;

/// <summary>How the portal's <c>batch</c> behaves where the documentation leaves it open.</summary>
public sealed class FakeBatch
{
    /// <summary>The most commands one batch runs; later ones fail with <c>ERROR_BATCH_LENGTH_EXCEEDED</c>.</summary>
    public const int MaxCommands = 50;

    /// <summary>What a reference to a missing key, index or failed command gives; <see cref="FakeUnresolvedReference.Empty"/> by default.</summary>
    public FakeUnresolvedReference UnresolvedReference { get; set; } = FakeUnresolvedReference.Empty;
}
