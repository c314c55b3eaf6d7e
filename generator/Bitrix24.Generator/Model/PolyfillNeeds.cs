namespace Bitrix24.Generator.Model;

/// <summary>Which language-feature attributes the compilation lacks (none on .NET 7+).</summary>
internal sealed record PolyfillNeeds(bool IsExternalInit, bool RequiredMember, bool CompilerFeatureRequired, bool SetsRequiredMembers)
{
    public bool Any => IsExternalInit || RequiredMember || CompilerFeatureRequired || SetsRequiredMembers;
}
