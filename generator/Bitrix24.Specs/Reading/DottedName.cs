using System.Text.RegularExpressions;

namespace Bitrix24.Specs.Reading;

/// <summary>A kind of dotted name the reader checks (a method name, a type id): what it is called, its pattern and its rule in words.</summary>
/// <param name="What">The name's name in messages: "method name", "type id".</param>
/// <param name="Pattern">The whole name; it must end in <c>\z</c>, not <c>$</c>, so no trailing line break passes.</param>
/// <param name="Description">What a valid name is, after "is not ".</param>
internal sealed record DottedName(string What, Regex Pattern, string Description);
