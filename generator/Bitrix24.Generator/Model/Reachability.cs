using Bitrix24.Specs.Model;

namespace Bitrix24.Generator.Model;

/// <summary>The types generated methods reach (directly or through other types), sorted like the catalog.</summary>
internal sealed record Reachability(EquatableArray<Reach> Types);
