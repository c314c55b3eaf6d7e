using Bitrix24.Specs.Model;

namespace Bitrix24.Generator.Model;

/// <summary>
/// One method's place on the client: the group path (<c>Crm.Activity.Binding</c>), the member (<c>MoveAsync</c>), and the
/// root namespace when its spec file names its own (null: the project's).
/// </summary>
internal sealed record FacadeEntry(EquatableArray<string> GroupPath, string MemberName, string? Root)
{
    /// <summary>The member name without <c>Async</c> (<c>Move</c>): the stem of the method's other names on its group.</summary>
    public string Stem => MemberName.Substring(0, MemberName.Length - "Async".Length);
}
