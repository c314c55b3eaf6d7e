using Bitrix24.Specs.Model;

namespace Bitrix24.Generator.Model;

/// <summary>
/// What the cross-spec steps know of one spec: its identity and where it is. Parameter edits do not change it,
/// so they never re-run the aggregate steps.
/// </summary>
/// <param name="Method">Wire name.</param>
/// <param name="Rest">REST version.</param>
/// <param name="Identity">The C# names the method's types take; two specs with one identity cannot both generate.</param>
/// <param name="NamespaceSuffix">The namespace of the method's types below the root (<c>Crm</c>, <c>V3.Tasks</c>, empty).</param>
/// <param name="TypeBase">The stem of the method's type names (<c>ActivityBindingMove</c>).</param>
/// <param name="FilePath">The spec file.</param>
/// <param name="Line">Line of the method name.</param>
/// <param name="Column">Column of the method name.</param>
/// <param name="Facade">Where the method sits on the client.</param>
/// <param name="ListMembers">The paging members a list method adds to its group (<c>ListAllAsync</c>, <c>ListBulkAsync</c>).</param>
internal sealed record MethodKey(string Method, int Rest, string Identity, string NamespaceSuffix, string TypeBase, string FilePath, int Line, int Column, FacadeEntry Facade, EquatableArray<string> ListMembers);
