using Bitrix24.Generator.Diagnostics;
using Bitrix24.Specs.Model;

namespace Bitrix24.Generator.Model;

/// <summary>What the cross-spec check decided: what loses a name clash, the facade of the winners, and the clashes reported.</summary>
internal sealed record MethodIndex(MethodExclusions Excluded, EquatableArray<FacadeEntry> Facade, EquatableArray<DiagnosticInfo> Diagnostics);
