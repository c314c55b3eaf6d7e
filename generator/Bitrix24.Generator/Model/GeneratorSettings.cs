namespace Bitrix24.Generator.Model;

/// <summary>Project-wide choices read from MSBuild properties.</summary>
/// <param name="RootNamespace">Namespace of everything generated (<c>Bitrix24Namespace</c>).</param>
/// <param name="ClientName">Name of the generated root client class (<c>Bitrix24ClientName</c>).</param>
internal sealed record GeneratorSettings(string RootNamespace, string ClientName)
{
    public const string DefaultNamespace = "Bitrix24.Generated";
    public const string DefaultClientName = "Bitrix24Api";
}
