using Bitrix24.Specs.Model;

namespace Bitrix24.Generator.Model;

/// <summary>What the cross-spec steps know of one type file: its id, names and where it is. Field edits do not change it.</summary>
/// <param name="Id">The type id.</param>
/// <param name="Root">The file's own root namespace (null: the project's).</param>
/// <param name="NamespaceSuffix">The namespace below the root.</param>
/// <param name="ClassName">The result class (<c>Deal</c>).</param>
/// <param name="InputName">The request class (<c>DealInput</c>).</param>
/// <param name="FilePath">The type file.</param>
/// <param name="Line">Line of the id.</param>
/// <param name="Column">Column of the id.</param>
/// <param name="RequiredRefs">Required members whose value is another type (a cycle of them is BX0019).</param>
internal sealed record ObjectKey(
    string Id,
    string? Root,
    string NamespaceSuffix,
    string ClassName,
    string InputName,
    string FilePath,
    int Line,
    int Column,
    EquatableArray<RequiredRef> RequiredRefs);
