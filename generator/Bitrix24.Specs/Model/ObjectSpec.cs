namespace Bitrix24.Specs.Model;

/// <summary>
/// A named type: one structure the documentation describes once and several methods use (a type file, which starts
/// with <c>object:</c>). Its fields have the shape of method parameters.
/// </summary>
/// <param name="Id">The type id: dotted lower-case segments (<c>crm.deal</c>, <c>v3.tasks.task</c>); <c>ref</c> names it.</param>
/// <param name="Title">A short name for the type.</param>
/// <param name="Summary">One-paragraph description.</param>
/// <param name="Source">The page and anchor that define the type (<c>page.md#anchor</c>): its identity for the spec tool.</param>
/// <param name="Fields">The type's fields, in documented order; <c>required</c> applies to what a request sends.</param>
/// <param name="Position">Where the id (the value of <c>object</c>) is in its file.</param>
public sealed record ObjectSpec(
    string Id,
    string? Title,
    string? Summary,
    string? Source,
    EquatableArray<ParamSpec> Fields,
    SpecPosition Position);
