using Bitrix24.Generator.Diagnostics;
using Bitrix24.Specs.Model;

namespace Bitrix24.Generator.Model;

/// <summary>What the cross-spec check decided: what loses a name clash, the facade of the winners, the types that generate, and the clashes reported.</summary>
internal sealed record MethodIndex(MethodExclusions Excluded, EquatableArray<FacadeEntry> Facade, TypeCatalog Types, EquatableArray<DiagnosticInfo> Diagnostics);
