namespace Bitrix24.Generator;

/// <summary>Names of the incremental pipeline's steps, so tests can assert which steps ran.</summary>
internal static class TrackingNames
{
    public const string Settings = nameof(Settings);
    public const string SpecFiles = nameof(SpecFiles);
    public const string Parsed = nameof(Parsed);
    public const string Methods = nameof(Methods);
    public const string Keys = nameof(Keys);
    public const string Index = nameof(Index);
    public const string Excluded = nameof(Excluded);
    public const string Facade = nameof(Facade);
    public const string Polyfills = nameof(Polyfills);
}
