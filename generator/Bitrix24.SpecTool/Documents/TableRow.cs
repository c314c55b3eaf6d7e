using System.Collections.Generic;

namespace Bitrix24.SpecTool.Documents;

/// <summary>One table row and where it starts.</summary>
internal sealed record TableRow(IReadOnlyList<TableCell> Cells, SourceLine Start);
