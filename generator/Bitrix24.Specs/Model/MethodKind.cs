namespace Bitrix24.Specs.Model;

/// <summary>Whether a method only reads (safe to retry and page) or changes data.</summary>
public enum MethodKind
{
    /// <summary>Changes data, or not known to be read-only.</summary>
    Write,

    /// <summary>Only reads data.</summary>
    Read,
}
