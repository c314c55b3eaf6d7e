namespace Bitrix24.Generator.Model;

/// <summary>A paging member a method's file leaves out because another method's member on its group has the name.</summary>
internal sealed record OmittedMember(string FilePath, string MemberName);
