using Bitrix24.Specs.Model;

namespace Bitrix24.Generator.Model;

/// <summary>A type that generates.</summary>
/// <param name="Root">The root namespace of its file (null: the project's); refs resolve within one root.</param>
/// <param name="Id">The type id.</param>
/// <param name="FilePath">The file that defines it (a second file with the id is not it).</param>
/// <param name="QualifiedClass">The result class, <c>global::</c>-qualified.</param>
/// <param name="QualifiedInput">The request class, <c>global::</c>-qualified.</param>
/// <param name="OptionalMembers">Wire names of required members that close a cycle of required refs (BX0019): not <c>required</c> in the Input class.</param>
internal sealed record TypeEntry(string? Root, string Id, string FilePath, string QualifiedClass, string QualifiedInput, EquatableArray<string> OptionalMembers);
