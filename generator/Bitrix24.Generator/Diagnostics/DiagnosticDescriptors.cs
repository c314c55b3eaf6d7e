using System.Linq;
using Microsoft.CodeAnalysis;

namespace Bitrix24.Generator.Diagnostics;

/// <summary>Every diagnostic the generator reports. Each id is documented in AnalyzerReleases.Shipped.md.</summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "Bitrix24.Specs";

    public static readonly DiagnosticDescriptor YamlSyntax = Error("BX0001", "Spec is not valid YAML", "Spec is not valid YAML: {0}");

    public static readonly DiagnosticDescriptor MissingKey = Error("BX0002", "Spec lacks a required key", "{0}");

    public static readonly DiagnosticDescriptor InvalidValue = Error("BX0003", "Spec value has the wrong type or an invalid value", "{0}");

    public static readonly DiagnosticDescriptor InvalidMethodName = Error("BX0004", "Invalid REST method name", "{0}");

    public static readonly DiagnosticDescriptor DuplicateParameter = Error("BX0005", "Duplicate parameter", "{0}");

    public static readonly DiagnosticDescriptor InvalidNesting = Error("BX0006", "Invalid nesting", "{0}");

    public static readonly DiagnosticDescriptor UnknownKey = Warning("BX0007", "Unknown spec key", "{0}");

    public static readonly DiagnosticDescriptor UnknownType = Warning("BX0008", "Unknown type token", "{0}");

    public static readonly DiagnosticDescriptor DuplicateMethod = Error(
        "BX0009",
        "Duplicate method",
        "Method '{0}' (REST {1}) is also defined in '{2}'; only that file's spec is generated");

    public static readonly DiagnosticDescriptor NameCollision = Warning(
        "BX0010",
        "Wire names collide as C# names",
        "'{0}' and '{1}' both become the C# name '{2}' in {3}; '{1}' is generated as '{4}'");

    public static readonly DiagnosticDescriptor ReservedName = Warning(
        "BX0011",
        "Name is reserved in generated code",
        "'{0}' would become '{1}', which the generated type already uses; it is generated as '{2}'");

    public static readonly DiagnosticDescriptor MethodNameCollision = Error(
        "BX0012",
        "Methods collide as C# names",
        "Method '{0}' (REST {1}) becomes the same C# types as '{2}' in '{3}'; only that file's spec is generated");

    public static readonly DiagnosticDescriptor GeneratorFailure = Error(
        "BX0013",
        "The generator could not process a spec",
        "This spec was not generated: {0}");

    public static readonly DiagnosticDescriptor ListMemberTaken = Warning(
        "BX0014",
        "A list method's paging member name is taken",
        "Method '{0}' (REST {1}) would get the paging member '{2}', which '{3}' already has on the same client group; '{2}' is not generated");

    public static readonly DiagnosticDescriptor LimitExceeded = Error("BX0015", "Spec exceeds a size limit", "{0}");

    public static readonly DiagnosticDescriptor RecursiveAlias = Error("BX0016", "Spec contains itself through a YAML alias", "{0}");

    public static readonly DiagnosticDescriptor UnknownRef = Error(
        "BX0017",
        "A ref names no type",
        "'{0}' refers to type '{1}', which no type file in {2} defines; the value is generated as raw JSON");

    public static readonly DiagnosticDescriptor ListRowsContradictResult = Warning(
        "BX0018",
        "A list's rows contradict its result",
        "Method '{0}' (REST {1}): list rows '{2}' {3}; no paging members are generated");

    public static readonly DiagnosticDescriptor RequiredRefCycle = Error(
        "BX0019",
        "Required members refer back to their type",
        "Type '{0}': the required members {1} refer back to '{0}', so an Input object cannot be created; '{2}' is generated without 'required'");

    public static readonly DiagnosticDescriptor DuplicateType = Error(
        "BX0021",
        "Duplicate type",
        "Type '{0}' is also defined in '{1}'; only that file's type is generated");

    public static readonly DiagnosticDescriptor TypeNameTaken = Error(
        "BX0022",
        "A type's generated name is taken in its scope",
        "Type '{0}' would declare '{1}' in {2}, which {3} already declares; this type is not generated");

    public static readonly DiagnosticDescriptor GeneratedNameTaken = Error(
        "BX0020",
        "A generated name is taken in its scope",
        "Method '{0}' (REST {1}) would declare '{2}' in {3}, which {4} already declares; this spec is not generated");

    public static readonly DiagnosticDescriptor RefToHiddenPart = Error(
        "BX0023",
        "A ref names a type another part of the split client generates",
        "'{0}' refers to type '{1}', which part '{2}' generates; part '{3}' does not reference that part (declare it after '>' in Bitrix24Parts and reference its project, or generate both groups in one part); the value is generated as raw JsonElement");

    private static readonly DiagnosticDescriptor[] All =
    [
        YamlSyntax, MissingKey, InvalidValue, InvalidMethodName, DuplicateParameter, InvalidNesting, UnknownKey,
        UnknownType, DuplicateMethod, NameCollision, ReservedName, MethodNameCollision, GeneratorFailure, ListMemberTaken,
        LimitExceeded, RecursiveAlias, UnknownRef, ListRowsContradictResult, RequiredRefCycle, GeneratedNameTaken, DuplicateType,
        TypeNameTaken, RefToHiddenPart,
    ];

    public static DiagnosticDescriptor Find(string id) => All.First(descriptor => descriptor.Id == id);

    private static DiagnosticDescriptor Error(string id, string title, string format) => Create(id, title, format, DiagnosticSeverity.Error);

    private static DiagnosticDescriptor Warning(string id, string title, string format) => Create(id, title, format, DiagnosticSeverity.Warning);

    private static DiagnosticDescriptor Create(string id, string title, string format, DiagnosticSeverity severity)
        => new(id, title, format, Category, severity, isEnabledByDefault: true, helpLinkUri: null);
}
