using Bitrix24.Generator.Model;
using Bitrix24.Specs.Model;

namespace Bitrix24.Generator.Emitting;

/// <summary>Names of the client group classes; the per-method files and the facade must agree on them.</summary>
internal static class FacadeNames
{
    /// <summary><c>Crm.Activity.Binding</c> → <c>CrmActivityBindingMethods</c>; the empty path is the root client.</summary>
    public static string ClassName(EquatableArray<string> groupPath, GeneratorSettings settings)
        => groupPath.IsEmpty ? settings.ClientName : string.Concat(groupPath) + "Methods";
}
