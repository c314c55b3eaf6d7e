using System;
using System.Linq;
using Bitrix24.Generator.Model;
using Bitrix24.Specs.Model;

namespace Bitrix24.Generator.Parsing;

/// <summary>
/// Reads the partition of a split client, <c>Bitrix24Parts</c>: parts separated by <c>|</c>, each
/// <c>Name=group,group&gt;Dependency,Dependency</c>, where a group is a method name's first segment (<c>crm</c>; REST 3.0
/// methods are <c>v3</c>) and <c>*</c> takes every group no other part names:
/// <c>Crm=crm | Commerce=sale,catalog&gt;Core | Core=*</c>. (An MSBuild property reaches the generator through an
/// .editorconfig line, where <c>;</c> and <c>#</c> start a comment.) An entry without a usable name is skipped.
/// </summary>
internal static class PartitionParser
{
    private static readonly char[] ListSeparators = [',', ' ', '\t'];

    public static EquatableArray<PartDefinition> Parse(string? text)
        => (text ?? string.Empty)
            .Split('|')
            .Select(ParsePart)
            .OfType<PartDefinition>()
            .ToEquatableArray();

    private static PartDefinition? ParsePart(string entry)
    {
        var equals = entry.IndexOf('=');
        var name = (equals < 0 ? entry : entry.Substring(0, equals)).Trim();
        if (!Identifiers.IsUsable(name))
        {
            return null;
        }

        var rest = equals < 0 ? string.Empty : entry.Substring(equals + 1);
        var arrow = rest.IndexOf('>');
        var groups = Items(arrow < 0 ? rest : rest.Substring(0, arrow));
        var dependencies = arrow < 0 ? [] : Items(rest.Substring(arrow + 1));
        return new PartDefinition(
            name,
            groups.Where(group => group != "*").Select(group => Identifiers.Pascal(group)).Where(group => group.Length > 0).ToEquatableArray(),
            groups.Contains("*"),
            dependencies.Where(Identifiers.IsUsable).ToEquatableArray());
    }

    private static string[] Items(string list) => list.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries);
}
