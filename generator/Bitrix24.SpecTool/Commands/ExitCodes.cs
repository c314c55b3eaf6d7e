namespace Bitrix24.SpecTool.Commands;

/// <summary>The tool's exit codes (also in README).</summary>
internal static class ExitCodes
{
    /// <summary>Done; warnings may have been printed.</summary>
    public const int Success = 0;

    /// <summary><c>check</c>: the committed specs differ from a fresh extraction.</summary>
    public const int Drift = 1;

    /// <summary>Bad arguments, or an input or override that cannot be used.</summary>
    public const int Usage = 2;
}
