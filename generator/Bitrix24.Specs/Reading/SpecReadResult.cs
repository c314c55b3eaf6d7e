using Bitrix24.Specs.Model;

namespace Bitrix24.Specs.Reading;

/// <summary>
/// What reading one spec file gave: a method spec (a file that starts with <c>method:</c>) or a type
/// (<c>object:</c>) when it is usable, and every problem found. At most one of the two is set.
/// </summary>
/// <param name="Spec">The method spec, or null when the file is a type or an error makes it unusable.</param>
/// <param name="Problems">Errors and warnings, in file order.</param>
/// <param name="Object">The type, or null when the file is a method spec or an error makes it unusable.</param>
public sealed record SpecReadResult(MethodSpec? Spec, EquatableArray<SpecProblem> Problems, ObjectSpec? Object = null);
