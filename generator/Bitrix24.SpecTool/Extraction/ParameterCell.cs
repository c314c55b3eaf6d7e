using System.Collections.Generic;

namespace Bitrix24.SpecTool.Extraction;

/// <summary>A name cell of a parameter or field table.</summary>
/// <param name="Name">The bold (or plain) name, or null when the cell has none.</param>
/// <param name="Required">The name carries a required marker.</param>
/// <param name="Type">The type token (<c>integer</c>, <c>deal[]</c>, a union <c>a|b</c>), empty when the cell has no code.</param>
/// <param name="TypeHrefs">The targets of the links the type token came from, as written, in order (a union has several; a bare code none).</param>
internal sealed record ParameterCell(string? Name, bool Required, string Type, IReadOnlyList<string> TypeHrefs);
