using Bitrix24.Specs.Model;

namespace Bitrix24.Generator.Model;

/// <summary>
/// Names the generated code gives things that more than one emitter writes or the name check must know: the client
/// group classes and their members, and the hint names of generated files.
/// </summary>
internal static class GeneratedNames
{
    /// <summary>The file of language-feature attributes the target lacks.</summary>
    public const string PolyfillsHint = "Bitrix24.Polyfills.g.cs";

    /// <summary>The field of every client group that holds its transport (the emitters write <c>_transport</c>).</summary>
    public const string TransportField = "_transport";

    /// <summary>The root client's untyped call (written by the facade emitter).</summary>
    public const string CallMember = "CallAsync";

    /// <summary>What every class inherits from <see cref="object"/>: a member with one of these names hides it (CS0108).</summary>
    public static readonly string[] ObjectMembers = ["Equals", "GetHashCode", "ToString", "GetType", "ReferenceEquals", "MemberwiseClone", "Finalize"];

    /// <summary><c>Crm.Activity.Binding</c> → <c>CrmActivityBindingMethods</c>; the empty path is the root client.</summary>
    public static string ClassName(EquatableArray<string> groupPath, GeneratorSettings settings)
        => groupPath.IsEmpty ? settings.ClientName : string.Concat(groupPath) + "Methods";

    /// <summary>The lazily filled field behind a child group's property: <c>Binding</c> → <c>_binding</c>.</summary>
    public static string ChildField(string child) => "_" + char.ToLowerInvariant(child[0]) + child.Substring(1);

    /// <summary>The static <c>Bitrix24Method</c> descriptor of a method member (<c>MoveMethod</c>).</summary>
    public static string MethodField(FacadeEntry facade) => facade.Stem + "Method";

    /// <summary>The static <c>Bitrix24ListMethod</c> of a list method's paging members (<c>ListRows</c>).</summary>
    public static string RowsField(FacadeEntry facade) => facade.Stem + "Rows";

    /// <summary>The facade's hint name for a root namespace (null: the project's).</summary>
    public static string FacadeHint(string? root) => root is null ? "Bitrix24.Facade.g.cs" : $"Bitrix24.Facade.{root}.g.cs";

    /// <summary>A type's file: <c>[Root.]Namespace.Class.Type.g.cs</c>; the extra segment keeps it apart from every method's file.</summary>
    public static string ObjectHint(string? root, string namespaceSuffix, string className)
        => (root is null ? string.Empty : root + ".") + (namespaceSuffix.Length == 0 ? className : $"{namespaceSuffix}.{className}") + ".Type.g.cs";

    /// <summary>A method's file: <c>[Root.]Namespace.TypeBase.g.cs</c>.</summary>
    public static string MethodHint(string? root, string namespaceSuffix, string typeBase)
        => (root is null ? string.Empty : root + ".") + (namespaceSuffix.Length == 0 ? typeBase : $"{namespaceSuffix}.{typeBase}") + ".g.cs";
}
