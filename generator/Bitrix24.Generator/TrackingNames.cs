namespace Bitrix24.Generator;

/// <summary>Names of the incremental pipeline's steps, so tests can assert which steps ran.</summary>
internal static class TrackingNames
{
    public const string Settings = nameof(Settings);
    public const string SpecFiles = nameof(SpecFiles);
    public const string Parsed = nameof(Parsed);
    public const string Methods = nameof(Methods);
    public const string Keys = nameof(Keys);
    public const string TypeKeys = nameof(TypeKeys);
    public const string Index = nameof(Index);
    public const string Excluded = nameof(Excluded);
    public const string Facade = nameof(Facade);
    public const string Polyfills = nameof(Polyfills);
    public const string TypeIds = nameof(TypeIds);
    public const string References = nameof(References);
    public const string Reachable = nameof(Reachable);
    public const string Resolved = nameof(Resolved);
    public const string Types = nameof(Types);
}
