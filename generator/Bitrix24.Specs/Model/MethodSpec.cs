namespace Bitrix24.Specs.Model;

/// <summary>One Bitrix24 REST method as documented: the contract between the spec tool, humans and the generator.</summary>
/// <param name="Method">REST method name exactly as documented (mixed case kept).</param>
/// <param name="Rest">REST version, 2 or 3; part of the method's identity.</param>
/// <param name="Scope">Permission scope, for example <c>crm</c>.</param>
/// <param name="Title">Page title.</param>
/// <param name="Summary">One-paragraph description.</param>
/// <param name="Access">Who may call the method.</param>
/// <param name="Deprecated">Whether the method is deprecated.</param>
/// <param name="Replacement">The method to use instead, when the docs name one.</param>
/// <param name="Kind">Read or write; unknown means write.</param>
/// <param name="Source">Documentation page the spec was extracted from.</param>
/// <param name="Params">Parameters, in documented order.</param>
/// <param name="Result">The documented result, if any.</param>
/// <param name="List">Paging information for list methods.</param>
/// <param name="Errors">Method-specific errors (system errors live in the runtime).</param>
/// <param name="Position">Where the method name (the value of <c>method</c>) is in its file.</param>
public sealed record MethodSpec(
    string Method,
    int Rest,
    string? Scope,
    string? Title,
    string? Summary,
    string? Access,
    bool Deprecated,
    string? Replacement,
    MethodKind Kind,
    string? Source,
    EquatableArray<ParamSpec> Params,
    ResultSpec? Result,
    ListSpec? List,
    EquatableArray<ErrorSpec> Errors,
    SpecPosition Position);
