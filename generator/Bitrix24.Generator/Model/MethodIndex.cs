using Bitrix24.Generator.Diagnostics;
using Bitrix24.Specs.Model;

namespace Bitrix24.Generator.Model;

/// <summary>What the cross-spec check decided: the files that lose a name clash, the facade of the winners, and the clashes reported.</summary>
internal sealed record MethodIndex(EquatableArray<string> ExcludedFiles, EquatableArray<FacadeEntry> Facade, EquatableArray<DiagnosticInfo> Diagnostics);
