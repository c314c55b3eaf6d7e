using System;

namespace Bitrix24.Specs.Model;

/// <summary>
/// Where a spec element starts in its YAML file (1-based line and column).
/// Positions annotate a model but never take part in its equality: a spec that merely moved
/// inside its file (a comment added above it) is the same spec.
/// </summary>
public readonly struct SpecPosition : IEquatable<SpecPosition>
{
    /// <summary>Creates a position.</summary>
    public SpecPosition(int line, int column)
    {
        Line = line;
        Column = column;
    }

    /// <summary>1-based line, 0 when unknown.</summary>
    public int Line { get; }

    /// <summary>1-based column, 0 when unknown.</summary>
    public int Column { get; }

    /// <summary>Always true: see the type's remarks.</summary>
    public bool Equals(SpecPosition other) => true;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SpecPosition;

    /// <inheritdoc />
    public override int GetHashCode() => 0;

    /// <inheritdoc />
    public override string ToString() => $"({Line},{Column})";
}
