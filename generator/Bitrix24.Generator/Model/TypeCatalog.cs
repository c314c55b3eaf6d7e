using System;
using System.Linq;
using Bitrix24.Specs.Model;

namespace Bitrix24.Generator.Model;

/// <summary>
/// The types that generate, after duplicates (BX0021) and name clashes (BX0022), sorted by root and id. It changes only
/// when a type is added, removed, renamed or moved, never when a type's fields change.
/// </summary>
internal sealed record TypeCatalog(EquatableArray<TypeEntry> Types)
{
    public static readonly TypeCatalog Empty = new(EquatableArray<TypeEntry>.Empty);

    /// <summary>The entry for <paramref name="id"/> in root <paramref name="root"/>, or null.</summary>
    public TypeEntry? Find(string? root, string id) => Search(Types, root, id, static entry => (entry.Root, entry.Id));

    /// <summary>The entries <paramref name="keep"/> accepts, still sorted.</summary>
    public TypeCatalog Where(Func<TypeEntry, bool> keep) => new(Types.Where(keep).ToEquatableArray());

    /// <summary>A binary search of <paramref name="items"/>, sorted in the catalog's order (<see cref="Compare"/>).</summary>
    public static T? Search<T>(EquatableArray<T> items, string? root, string id, Func<T, (string? Root, string Id)> keyOf)
        where T : class, IEquatable<T>
    {
        var (low, high) = (0, items.Count - 1);
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var (itemRoot, itemId) = keyOf(items[middle]);
            var order = Compare(itemRoot, itemId, root, id);
            if (order == 0)
            {
                return items[middle];
            }

            (low, high) = order < 0 ? (middle + 1, high) : (low, middle - 1);
        }

        return null;
    }

    /// <summary>The catalog's order: root (null first), then id, both ordinal.</summary>
    public static int Compare(string? leftRoot, string leftId, string? rightRoot, string rightId)
    {
        var byRoot = string.CompareOrdinal(leftRoot ?? string.Empty, rightRoot ?? string.Empty);
        return byRoot != 0 ? byRoot : string.CompareOrdinal(leftId, rightId);
    }
}
