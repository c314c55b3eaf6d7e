using Bitrix24.Specs.Model;

namespace Bitrix24.Specs.Reading;

/// <summary>What reading one spec file gave: the spec when it is usable, and every problem found.</summary>
/// <param name="Spec">The spec, or null when an error makes it unusable.</param>
/// <param name="Problems">Errors and warnings, in file order.</param>
public sealed record SpecReadResult(MethodSpec? Spec, EquatableArray<SpecProblem> Problems);
