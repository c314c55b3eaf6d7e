using System.Collections.Generic;

namespace Bitrix24.Testing.Methods;

/// <summary>Which fields of a deal row to write.</summary>
/// <param name="StandardFields">Indexes of the standard fields, in the portal's order.</param>
/// <param name="AllCustomFields">Whether every custom field is written (<c>UF_*</c>).</param>
/// <param name="CustomFields">Custom fields asked for by name.</param>
internal sealed record DealSelection(int[] StandardFields, bool AllCustomFields, IReadOnlySet<string> CustomFields);
