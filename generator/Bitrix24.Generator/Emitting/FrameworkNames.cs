namespace Bitrix24.Generator.Emitting;

/// <summary>The .NET types and parameters more than one emitter writes, fully qualified.</summary>
internal static class FrameworkNames
{
    /// <summary>The last parameter of every client member.</summary>
    public const string CancellationParameter = "global::System.Threading.CancellationToken cancellationToken = default";

    /// <summary>A raw JSON value.</summary>
    public const string JsonElement = "global::System.Text.Json.JsonElement";

    /// <summary>A task, generic in its result.</summary>
    public const string Task = "global::System.Threading.Tasks.Task";

    /// <summary>The argument check of a required request.</summary>
    public const string ArgumentNullException = "global::System.ArgumentNullException";
}
