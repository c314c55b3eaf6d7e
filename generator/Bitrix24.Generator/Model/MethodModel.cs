using Bitrix24.Specs.Model;

namespace Bitrix24.Generator.Model;

/// <summary>Everything needed to emit one method's file; built from its own spec only.</summary>
internal sealed record MethodModel(
    string Method,
    int Rest,
    string NamespaceSuffix,
    string TypeBase,
    FacadeEntry Facade,
    string? Title,
    string? Summary,
    string? Access,
    string? Source,
    bool Deprecated,
    string? Replacement,
    bool IsRead,
    TypeModel? Request,
    bool RequestHasRequired,
    ResultModel Result,
    ListModel? List,
    EquatableArray<ErrorMemberModel> Errors)
{
    public string HintName => GeneratedNames.MethodHint(Facade.Root, NamespaceSuffix, TypeBase);
}
