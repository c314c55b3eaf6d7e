namespace Bitrix24.Client.Transport;

/// <summary>What the runtime knows about a method whatever its result type.</summary>
public interface IBitrix24MethodInfo
{
    /// <summary>Wire name.</summary>
    string Name { get; }

    /// <summary>2, or 3 for REST 3.0.</summary>
    int RestVersion { get; }

    /// <summary>True when the method only reads (safe to retry).</summary>
    bool IsRead { get; }
}
