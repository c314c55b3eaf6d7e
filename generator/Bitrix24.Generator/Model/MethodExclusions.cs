using Bitrix24.Specs.Model;

namespace Bitrix24.Generator.Model;

/// <summary>What the per-method files leave out after the cross-spec check: whole files that lose a name clash, and single paging members.</summary>
internal sealed record MethodExclusions(EquatableArray<string> Files, EquatableArray<OmittedMember> Members);
