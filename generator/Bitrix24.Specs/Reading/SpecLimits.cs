namespace Bitrix24.Specs.Reading;

/// <summary>
/// What one spec may cost. A spec beyond a limit is not read: the reader reports it (BX0015 in the generator, BX0016
/// for a recursive alias) at the line and column where the limit is crossed, so a hostile or broken spec can neither
/// crash the compiler nor make it write unbounded source. Each limit is many times what the committed specs need
/// (specs/README.md, "Limits", gives the largest committed values).
/// </summary>
public static class SpecLimits
{
    /// <summary>Characters in one spec file: 1 MiB. The largest committed spec has 22,049.</summary>
    public const int MaxFileLength = 1024 * 1024;

    /// <summary>
    /// What aliases may add to a spec, counted by expanded size (every character of a value, plus one per node, of the
    /// node an alias names, its own aliases expanded): 1 MiB, so aliases can at most double what the largest file costs.
    /// </summary>
    public const int MaxAliasExpansion = 1024 * 1024;

    /// <summary>
    /// Nesting of YAML lists and mappings: 64 (the committed specs reach 12). Deep enough for <see cref="MaxFieldDepth"/> levels of fields (two YAML
    /// levels each) with their allowed values, so a spec that nests fields too deep gets the precise BX0006 at the field.
    /// </summary>
    public const int MaxYamlDepth = 64;

    /// <summary>How deep <c>fields</c>/<c>items</c> may nest (reported as BX0006): 16. The committed specs nest 4.</summary>
    public const int MaxFieldDepth = 16;

    /// <summary>
    /// Parameters, fields, allowed values and errors in one spec, aliases expanded: 5,000. The committed specs hold at
    /// most 198; 5,000 parameters generate about 1.2 MB of source.
    /// </summary>
    public const int MaxEntries = 5_000;

    /// <summary>Characters in a method name: 200. The longest committed name has 61.</summary>
    public const int MaxMethodLength = 200;

    /// <summary>Dotted segments in a method name: 12. The committed names have at most 6.</summary>
    public const int MaxMethodSegments = 12;

    /// <summary>
    /// Characters in a method name's segment and in a parameter's or field's wire name: 128, so the C# names made of
    /// them stay far below C#'s 512. The longest committed name has 54 characters, the longest segment 30.
    /// </summary>
    public const int MaxNameLength = 128;

    /// <summary>
    /// Characters in an error code and in an allowed value: 256 (they become C# names too; the docs sometimes put a
    /// sentence there). The longest committed code has 99 characters, the longest value 40.
    /// </summary>
    public const int MaxValueLength = 256;
}
