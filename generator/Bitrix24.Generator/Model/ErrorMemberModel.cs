using Bitrix24.Specs.Model;

namespace Bitrix24.Generator.Model;

/// <summary>One member of a method's error enum; documented codes that repeat collapse into one member.</summary>
/// <param name="Name">C# member name.</param>
/// <param name="Code">Wire code; empty when the docs give only a message.</param>
/// <param name="Messages">Documented messages (for an empty code, the message identifies the error).</param>
/// <param name="Status">HTTP status, when documented.</param>
internal sealed record ErrorMemberModel(string Name, string Code, EquatableArray<string> Messages, int? Status);
