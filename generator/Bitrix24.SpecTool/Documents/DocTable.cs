using System.Collections.Generic;

namespace Bitrix24.SpecTool.Documents;

/// <summary>A table of a page (YFM <c>#| |#</c> or a pipe table): its rows of cells, the first row the header.</summary>
/// <param name="Rows">Rows with the line each starts on.</param>
internal sealed record DocTable(IReadOnlyList<TableRow> Rows);
