namespace Bitrix24.Specs.Model;

/// <summary>A parsed type token.</summary>
/// <param name="Kind">What the value is.</param>
/// <param name="Element">For arrays, the element's kind.</param>
/// <param name="IsKnown">False when the token is not in the documented vocabulary (it falls back to a raw value).</param>
public sealed record SpecType(ValueKind Kind, ValueKind Element, bool IsKnown)
{
    /// <summary>Whether this is an array whose elements are objects.</summary>
    public bool IsObjectArray => Kind == ValueKind.Array && Element == ValueKind.Object;
}
