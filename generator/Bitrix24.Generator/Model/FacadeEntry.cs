using Bitrix24.Specs.Model;

namespace Bitrix24.Generator.Model;

/// <summary>One method's place on the client: the group path (<c>Crm.Activity.Binding</c>) and the member (<c>MoveAsync</c>).</summary>
internal sealed record FacadeEntry(EquatableArray<string> GroupPath, string MemberName);
