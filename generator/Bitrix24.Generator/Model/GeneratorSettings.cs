namespace Bitrix24.Generator.Model;

/// <summary>Project-wide choices read from MSBuild properties.</summary>
/// <param name="RootNamespace">Namespace of everything generated (<c>Bitrix24Namespace</c>).</param>
/// <param name="ClientName">Name of the generated root client class (<c>Bitrix24ClientName</c>).</param>
/// <param name="Part">This compilation's share of a split client (<c>Bitrix24Part</c>); null: the whole client in one.</param>
internal sealed record GeneratorSettings(string RootNamespace, string ClientName, ClientPart? Part = null)
{
    public const string DefaultNamespace = "Bitrix24.Generated";
    public const string DefaultClientName = "Bitrix24Api";

    /// <summary>Whether this compilation generates the methods or types of a top-level group (null: the root client's own).</summary>
    public bool Owns(string? group) => Part?.Owns(group) ?? true;

    /// <summary>Whether this compilation can use the types of a top-level group.</summary>
    public bool Sees(string? group) => Part?.Sees(group) ?? true;

    /// <summary>Whether this compilation generates the root client.</summary>
    public bool HasRoot => Part?.IsFacade ?? true;
}
