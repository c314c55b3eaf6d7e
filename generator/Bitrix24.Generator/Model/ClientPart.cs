using System;
using System.Collections.Generic;
using System.Linq;
using Bitrix24.Generator.Parsing;
using Bitrix24.Specs.Model;

namespace Bitrix24.Generator.Model;

/// <summary>
/// Which share of the client one compilation generates when the client is split into several assemblies
/// (<c>Bitrix24Part</c> over the partition <c>Bitrix24Parts</c>). Every compilation sees every spec; a method belongs to
/// the part that names its top-level group, a type to the part that names its id's first segment. The facade
/// (<c>Bitrix24Part=facade</c>) generates the root client over the parts' group classes, the methods that sit on the root
/// itself, and any group no part names.
/// </summary>
/// <param name="Name">This compilation's part, or <see cref="FacadeName"/>.</param>
/// <param name="Partition">Every part of the split.</param>
internal sealed record ClientPart(string Name, EquatableArray<PartDefinition> Partition)
{
    /// <summary>The <c>Bitrix24Part</c> of the compilation that generates the root client.</summary>
    public const string FacadeName = "facade";

    /// <summary>Whether this compilation generates the root client.</summary>
    public bool IsFacade => string.Equals(Name, FacadeName, StringComparison.OrdinalIgnoreCase);

    /// <summary>A method's top-level group: the first segment of its group path (<c>Crm</c>, <c>V3</c>); null on the root client.</summary>
    public static string? GroupOf(FacadeEntry facade) => facade.GroupPath.IsEmpty ? null : facade.GroupPath[0];

    /// <summary>A type's top-level group: its id's first segment in C# form (<c>crm.deal</c> → <c>Crm</c>).</summary>
    public static string GroupOfType(string id) => Identifiers.Pascal(id.Split('.')[0]);

    /// <summary>The part that generates a top-level group (null: the root client's own methods), or null for the facade.</summary>
    public string? OwnerOf(string? group)
    {
        if (group is null)
        {
            return null;
        }

        var named = Partition.FirstOrDefault(part => part.Groups.Contains(group));
        return (named ?? Partition.FirstOrDefault(part => part.TakesRest))?.Name;
    }

    /// <summary>Whether this compilation generates the methods or types of <paramref name="group"/>.</summary>
    public bool Owns(string? group) => OwnerOf(group) is { } owner ? string.Equals(owner, Name, StringComparison.Ordinal) : IsFacade;

    /// <summary>Whether this compilation can use the types of <paramref name="group"/>: its own, or those of a part it depends on (transitively).</summary>
    public bool Sees(string? group)
    {
        if (IsFacade)
        {
            return true;
        }

        var owner = OwnerOf(group);
        return owner is not null && Reachable().Contains(owner);
    }

    /// <summary>The parts whose assemblies this compilation references: itself and its dependencies, transitively.</summary>
    private HashSet<string> Reachable()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { Name };
        var queue = new Queue<string>(seen);
        while (queue.Count > 0)
        {
            var name = queue.Dequeue();
            var part = Partition.FirstOrDefault(definition => definition.Name == name);
            foreach (var dependency in part?.DependsOn ?? EquatableArray<string>.Empty)
            {
                if (seen.Add(dependency))
                {
                    queue.Enqueue(dependency);
                }
            }
        }

        return seen;
    }
}
